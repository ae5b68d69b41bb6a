import type { Core } from '@strapi/strapi';
import { checkedEnv } from '../src/config/checked-env';

const config = ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  // Outside strapi::errors, so it sees the error body that middleware has shaped.
  'global::vietnamese-errors',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Only the public site may call the API from a browser (it sends comments); the admin
      // panel is served from the CMS's own origin and needs no CORS.
      origin: checkedEnv(env).origins('CORS_ORIGINS', ['http://127.0.0.1:4321', 'http://localhost:4321']),
      methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Accept'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Before the parser: what the public may post, and how much, however the body arrives.
  {
    name: 'global::public-body-guard',
    config: { routes: [{ method: 'POST', path: '/api/public-comments', maxBytes: 64 * 1024 }] },
  },
  {
    name: 'strapi::body',
    config: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb' },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
