import type { Core, Modules, UID } from '@strapi/strapi';
import { commentRules } from './comment';
import { consultationRules } from './consultation';
import { cloneContexts, publishContexts, writeContext, type WriteContext } from './context';
import { documentRules } from './document';
import { componentFields } from './fields';
import { gazetteIssueRules } from './gazette-issue';
import { linkRules } from './links';
import { plainTextRules } from './plain-text';
import { assertPublishable, signatureRules } from './signatures';
import { fillSlug } from './slugs';
import { unitRules } from './unit';

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
  'api::unit.unit': unitRules,
};

// Relations a rule reads from the stored entry (components are read for their links).
const populate: Partial<Record<UID.ContentType, string[]>> = {
  'api::document.document': ['issuingAgency', 'files'],
  [gazette]: ['pdf'],
  // A page's slug is unique within its unit (slugs.ts).
  'api::page.page': ['unit'],
};

/** Every rule, in order, on one write: tidy the text, check links and the type's own rules, fill the slug. */
async function applyRules(ctx: WriteContext): Promise<void> {
  plainTextRules(ctx);
  linkRules(ctx);
  await rules[ctx.uid]?.(ctx);
  await fillSlug(ctx);
}

/**
 * The portal's own rules, run by the Document Service on every action that stores content an
 * editor wrote, so the admin (its clone and publish buttons too), the REST API and the import
 * scripts all obey them:
 * - create and update check the incoming data against what is stored;
 * - clone checks the copy as a new document (a second gazette issue 12/2024 is refused);
 * - publish checks the draft it makes public, which may predate a rule.
 * The other actions store nothing new: unpublish and delete remove, and discardDraft puts
 * back the published version, which passed these rules when it was published.
 */
export function documentRulesMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    if (!uid.startsWith('api::')) return next();
    const params = context.params as any;
    const reads = [...(populate[uid] ?? []), ...componentFields(strapi, uid)];
    if (action === 'create' || action === 'update') {
      const ctx = await writeContext(strapi, uid, action, params, reads);
      await applyRules(ctx);
      if (uid === gazette && params.status === 'published') assertPublishable({ ...ctx.existing, ...ctx.data });
    } else if (action === 'clone') {
      for (const ctx of await cloneContexts(strapi, uid, params, reads)) await applyRules(ctx);
    } else if (action === 'publish') {
      for (const ctx of await publishContexts(strapi, uid, params, reads)) {
        await applyRules(ctx);
        if (uid === gazette) assertPublishable(ctx.existing!);
      }
    }
    return next();
  };
}
