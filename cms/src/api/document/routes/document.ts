import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::document.document', {
  config: publicReadRoutes({
    unit: { fields: ['hostLabel'] },
    documentType: true,
    issuingAgency: true,
    field: true,
    files: true,
    replaces: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
    replacedBy: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
    amends: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
    amendedBy: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
    guides: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
    guidedBy: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] },
  }),
});
