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
