import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::gazette-issue.gazette-issue');
