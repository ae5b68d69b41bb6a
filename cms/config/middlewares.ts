export default [
  'strapi::logger',
  // Outside strapi::errors, so it sees the error body that middleware has shaped.
  'global::vietnamese-errors',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
