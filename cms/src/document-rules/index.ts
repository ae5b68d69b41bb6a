import type { Core, Modules, UID } from '@strapi/strapi';
import { commentRules } from './comment';
import { consultationRules } from './consultation';
import { writeContext, type WriteContext } from './context';
import { documentRules } from './document';
import { gazetteIssueRules } from './gazette-issue';
import { assertPublishable, signatureRules } from './signatures';
import { fillSlug } from './slugs';

const gazette = 'api::gazette-issue.gazette-issue';

const rules: Partial<Record<UID.ContentType, (ctx: WriteContext) => Promise<void>>> = {
  'api::document.document': async (ctx) => {
    await documentRules(ctx);
    await signatureRules(ctx, 'files');
  },
  'api::consultation.consultation': consultationRules,
  [gazette]: async (ctx) => {
    await gazetteIssueRules(ctx);
    await signatureRules(ctx, 'pdf');
  },
  'api::comment.comment': commentRules,
};

// Relations a rule reads from the stored entry on update.
const populate: Partial<Record<UID.ContentType, string[]>> = {
  'api::document.document': ['issuingAgency', 'files'],
  [gazette]: ['pdf'],
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
      if (uid === gazette && (context.params as { status?: string }).status === 'published') {
        assertPublishable({ ...ctx.existing, ...ctx.data });
      }
    }
    if (uid === gazette && action === 'publish') {
      const { documentId } = context.params as { documentId: string };
      assertPublishable(await strapi.db.query(gazette).findOne({ where: { documentId, publishedAt: null } }));
    }
    return next();
  };
}
