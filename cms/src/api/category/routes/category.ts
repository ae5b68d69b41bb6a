import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::category.category', {
  config: publicReadRoutes({ parent: { fields: ['name', 'slug'] } }),
});
