import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::unit.unit', {
  config: publicReadRoutes({ parent: { fields: ['hostLabel'] }, successors: { fields: ['hostLabel'] } }),
});
