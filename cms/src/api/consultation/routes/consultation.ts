import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::consultation.consultation', {
  config: publicReadRoutes({ draftingAgency: true, draftFiles: true, contact: true }),
});
