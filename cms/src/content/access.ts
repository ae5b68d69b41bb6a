import type { UID } from '@strapi/strapi';

// Who may touch what: the single list that bootstrap turns into permissions.

/** Content the public may read (published entries only) and the site build reads. */
export const publicContentTypes: UID.ContentType[] = [
  'api::article.article',
  'api::category.category',
  'api::tag.tag',
  'api::document.document',
  'api::agency.agency',
  'api::field.field',
  'api::document-type.document-type',
  'api::gazette-issue.gazette-issue',
  'api::consultation.consultation',
  'api::page.page',
  'api::unit.unit',
  'api::site-setting.site-setting',
];

/** What the site build reads beyond the public content: comments (private fields stripped). */
export const siteBuildOnlyContentTypes: UID.ContentType[] = ['api::comment.comment'];

/**
 * What the site build reads of the media library: its files, a page at a time (URL, sizes,
 * when last changed), to find the files replaced or deleted since it copied them. Not the
 * public's: the library lists files no published entry shows.
 */
export const siteBuildMediaActions = ['plugin::upload.content-api.findPage'];

/** What the Editor role writes and publishes in the admin. */
export const editorContentTypes: UID.ContentType[] = publicContentTypes.filter(
  (uid) => uid !== 'api::site-setting.site-setting',
);

/** The types whose every entry belongs to a unit (its `unit` relation; the province's by default). */
export const unitOwnedContentTypes: UID.ContentType[] = [
  'api::article.article',
  'api::document.document',
  'api::page.page',
  'api::consultation.consultation',
  'api::gazette-issue.gazette-issue',
];

const unitOwned = new Set<string>(unitOwnedContentTypes);
/** Whether a content type's entries belong to units. */
export const isUnitOwned = (uid: string): boolean => unitOwned.has(uid);

/**
 * What a unit's editor (Biên tập viên đơn vị) writes and publishes, in their own units only.
 * Not the gazette: Công báo is the provincial Office's alone (Luật 64/2025 Đ9).
 */
export const unitEditorContentTypes: UID.ContentType[] = unitOwnedContentTypes.filter(
  (uid) => uid !== 'api::gazette-issue.gazette-issue',
);

/**
 * What a unit's editor reads to fill an entry in, without changing it: the province's shared
 * lists (renaming a category would rename it on every unit's site), and their own units.
 */
export const unitEditorReadOnlyContentTypes: UID.ContentType[] = [
  'api::category.category',
  'api::tag.tag',
  'api::agency.agency',
  'api::field.field',
  'api::document-type.document-type',
  'api::unit.unit',
];

/** What the Moderator role reads; it may change only a comment's moderation status. */
export const moderatorReadContentTypes: UID.ContentType[] = [
  'api::consultation.consultation',
  'api::comment.comment',
];

const singleTypes = new Set<UID.ContentType>(['api::site-setting.site-setting']);

/** The content-API read actions of these content types (a single type has no findOne). */
export function readActions(uids: UID.ContentType[]): string[] {
  return uids.flatMap((uid) => (singleTypes.has(uid) ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]));
}
