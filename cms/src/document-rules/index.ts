import type { Core, Modules, UID } from '@strapi/strapi';
import { commentRules } from './comment';
import { consultationRules } from './consultation';
import { writeContext, type WriteContext } from './context';
import { documentRules } from './document';
import { gazetteIssueRules } from './gazette-issue';
import { fillSlug } from './slugs';

const rules: Partial<Record<UID.ContentType, (ctx: WriteContext) => Promise<void>>> = {
  'api::document.document': documentRules,
  'api::consultation.consultation': consultationRules,
  'api::gazette-issue.gazette-issue': gazetteIssueRules,
  'api::comment.comment': commentRules,
};

// Relations a rule reads from the stored entry on update.
const populate: Partial<Record<UID.ContentType, string[]>> = {
  'api::document.document': ['issuingAgency'],
};

/**
 * The portal's own rules, run on every create and update through the Document Service, so
 * the admin, the REST API and the import scripts all obey them.
 */
export function documentRulesMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    if ((action === 'create' || action === 'update') && uid.startsWith('api::')) {
      const ctx = await writeContext(strapi, uid, action, context.params as any, populate[uid]);
      await rules[uid]?.(ctx);
      await fillSlug(ctx);
    }
    return next();
  };
}
