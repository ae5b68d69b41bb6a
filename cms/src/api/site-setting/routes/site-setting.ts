import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::site-setting.site-setting', {
  config: publicReadRoutes({ socialLinks: true, serviceLinks: true }),
});
