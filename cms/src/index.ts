import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublisherWebhook } from './bootstrap/publisher-webhook';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { ensureSiteToken } from './bootstrap/site-token';
import { registerCommentExport } from './api/comment/export/route';
import { documentRulesMiddleware } from './document-rules';
import { databaseQueryErrors } from './errors/database-query-errors';
import { registerPublisherStatus } from './publisher/status-route';
import { registerUnitCondition } from './units/condition';
import { registerFileUnits } from './units/file-unit';
import { ensureProvinceUnit } from './units/province-unit';
import { registerReorganisation } from './units/reorganisation';
import { starterPagesMiddleware } from './units/starter-pages';
import { scopedReadsMiddleware } from './units/scoped-reads';
import { unitGuardMiddleware } from './units/unit-guard';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(unitGuardMiddleware(strapi));
    strapi.documents.use(scopedReadsMiddleware(strapi));
    strapi.documents.use(starterPagesMiddleware(strapi));
    strapi.documents.use(documentRulesMiddleware(strapi));
    strapi.documents.use(databaseQueryErrors);
    registerCommentExport(strapi);
    registerPublisherStatus(strapi);
    registerReorganisation(strapi);
  },

  // Every step brings the database to the same state however often it runs.
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureProvinceUnit(strapi);
    await enforcePublicPermissions(strapi);
    await registerUnitCondition(strapi);
    registerFileUnits(strapi);
    await ensureAdminRoles(strapi);
    await applyAdminLabels(strapi);
    await ensureSiteToken(strapi);
    await ensurePublisherWebhook(strapi);
  },
};
