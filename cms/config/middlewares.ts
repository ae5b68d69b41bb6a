import type { Core } from '@strapi/strapi';
import { checkedEnv } from '../src/config/checked-env';

// The routes the public site's pages call from the browser: sending a comment.
const publicRoutes = [{ method: 'POST', path: '/api/public-comments', maxBytes: 64 * 1024 }];

const config = ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  // Outside strapi::errors, so it sees the error body that middleware has shaped.
  'global::vietnamese-errors',
  'strapi::errors',
  'strapi::security',
  // Strapi won't start without its CORS middleware: it allows no origin, and
  // global::public-origins lets the site's origins reach the public routes only, without
  // credentials. The admin panel is served from the CMS's own origin and needs no CORS.
  { name: 'strapi::cors', config: { origin: [], credentials: false } },
  {
    name: 'global::public-origins',
    config: { origins: checkedEnv(env).origins('CORS_ORIGINS', ['http://127.0.0.1:4321', 'http://localhost:4321']), routes: publicRoutes },
  },
  // Failed logins per client address, across accounts (Strapi counts them per account).
  {
    name: 'global::login-throttle',
    config: {
      routes: ['/admin/login', '/admin/register-admin', '/admin/register', '/admin/forgot-password', '/admin/reset-password', '/api/auth/local']
        .map((path) => ({ method: 'POST', path })),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Before the parser: what the public may post, and how much, however the body arrives.
  {
    name: 'global::public-body-guard',
    config: { routes: publicRoutes },
  },
  {
    name: 'strapi::body',
    config: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb' },
  },
  // After the parser, on every route: a file is kept only if the portal takes its type.
  'global::upload-guard',
  'strapi::session',
  // After the route has run: its statistics are refused to who may not read what they count.
  'global::project-statistics',
  'strapi::favicon',
  // Outside strapi::public: the headers uploads are served with replace what it guessed.
  'global::upload-headers',
  'strapi::public',
];

export default config;
