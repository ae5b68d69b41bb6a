import { slugify } from '@cong/shared';
import type { WriteContext } from './context';
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
 * adding -2, -3, … when another entry of the same locale already has it.
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

/** Whether another entry of the same type and locale has this slug. */
async function taken(ctx: WriteContext, slug: string): Promise<boolean> {
  const where: Record<string, unknown> = { slug };
  if (ctx.locale) where.locale = ctx.locale;
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  return (await ctx.strapi.db.query(ctx.uid).count({ where })) > 0;
}
