import { factories } from '@strapi/strapi';

// No public route: the Public role holds no comment permission (bootstrap/public-permissions).
export default factories.createCoreRouter('api::comment.comment', {
  config: {
    find: { middlewares: [{ name: 'global::default-populate', config: { populate: { consultation: { fields: ['title', 'slug'] } } } }] },
  },
});
