import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::consultation.consultation', {
  config: publicReadRoutes({ unit: { fields: ['hostLabel'] }, draftingAgency: true, draftFiles: true, contact: true }),
});
