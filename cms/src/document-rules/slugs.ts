import { slugify } from '@cong/shared';
import type { WriteContext } from './context';
import { relationTarget } from './relation-input';
import { fieldError } from './validation-error';

/** Where each content type's slug comes from when the editor left it empty. */
export const slugSources: Record<string, (ctx: WriteContext) => string | undefined> = {
  'api::article.article': (ctx) => ctx.value('title'),
  'api::category.category': (ctx) => ctx.value('name'),
  'api::tag.tag': (ctx) => ctx.value('name'),
  'api::agency.agency': (ctx) => ctx.value('name'),
  'api::field.field': (ctx) => ctx.value('name'),
  'api::document-type.document-type': (ctx) => ctx.value('name'),
  'api::consultation.consultation': (ctx) => ctx.value('title'),
  'api::page.page': (ctx) => ctx.value('title'),
  'api::document.document': (ctx) => {
    const number: string | undefined = ctx.value('number');
    const issued: string | undefined = ctx.value('issuedDate');
    if (!number) return undefined;
    // "1730/TB-VP" recurs every year: the year keeps its URL unique.
    return /\/\d{4}\//.test(number) || !issued ? number : `${number} ${String(issued).slice(0, 4)}`;
  },
};

/**
 * Fills an empty slug from the entry's title (Strapi fills `uid` fields only in the admin),
 * adding -2, -3, … when another entry of the same locale (of the same unit, for a page)
 * already has it.
 */
export async function fillSlug(ctx: WriteContext): Promise<void> {
  const source = slugSources[ctx.uid];
  if (!source) return;
  const given = ctx.data.slug;
  if (typeof given === 'string' && given.trim()) {
    ctx.data.slug = slugify(given);
    // Two entries at one address: the site would build one page over the other. A clone
    // arrives with the slug of what it copies.
    if (await taken(ctx, ctx.data.slug)) {
      throw fieldError('slug', `Đường dẫn (slug) "${ctx.data.slug}" đã được dùng cho một mục khác. Hãy sửa lại, hoặc để trống để Cổng tự tạo.`);
    }
    return;
  }
  if (ctx.action === 'update' && !('slug' in ctx.data) && ctx.existing?.slug) return;
  const text = source(ctx);
  if (!text) return;
  const base = slugify(text) || 'khong-tieu-de';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(ctx, candidate))) {
      ctx.data.slug = candidate;
      return;
    }
  }
}

// Types whose slug is an address on their unit's site (/trang/<slug>/ at <label>.<tỉnh>.gov.vn):
// unique within the unit, so every xã has its /trang/gioi-thieu/. Their slug is a string, not a
// Strapi `uid` (which Strapi always checks across the whole type). The site gives a former
// unit's page that meets one of its successor's the unit's label as well (site/src/lib/sites.ts).
const slugPerUnit = new Set(['api::page.page']);

/** Whether another entry of the same type and locale (of the same unit, for a slug per unit) has this slug. */
async function taken(ctx: WriteContext, slug: string): Promise<boolean> {
  const where: Record<string, unknown> = { slug };
  if (ctx.locale) where.locale = ctx.locale;
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  if (slugPerUnit.has(ctx.uid)) {
    const given = relationTarget(ctx.data.unit);
    const unit = given === undefined ? ctx.existing?.unit?.documentId : given;
    // A write whose unit is not known here is held to the whole type, as before.
    if (typeof unit === 'string') where.unit = { documentId: unit };
  }
  return (await ctx.strapi.db.query(ctx.uid).count({ where })) > 0;
}
