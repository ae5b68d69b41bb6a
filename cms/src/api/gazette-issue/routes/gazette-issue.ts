import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::gazette-issue.gazette-issue', {
  config: publicReadRoutes({
    unit: { fields: ['hostLabel'] },
    pdf: true,
    attachments: true,
    entries: { populate: { document: { fields: ['number', 'slug', 'excerpt', 'issuedDate'] } } },
  }),
});
