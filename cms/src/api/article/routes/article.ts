import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::article.article', {
  config: publicReadRoutes({
    unit: { fields: ['hostLabel'] },
    cover: { populate: ['image'] },
    gallery: { populate: ['image'] },
    video: { populate: ['file'] },
    category: { fields: ['name', 'slug'] },
    tags: { fields: ['name', 'slug'] },
  }),
});
