import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::page.page', {
  config: publicReadRoutes({ unit: { fields: ['hostLabel'] }, leaders: { populate: ['photo'] } }),
});
