import type { Core, UID } from '@strapi/strapi';

type Data = Record<string, any>;

/** What a create or update is about to store, with the stored values it leaves as they are. */
export interface WriteContext {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  action: 'create' | 'update';
  documentId?: string;
  locale?: string;
  /** The incoming data: rules may fill or correct fields in it. */
  data: Data;
  /** The stored draft of the same locale on update; null on create or for a new locale. */
  existing: Data | null;
  /** A field's value after this write: the incoming one if given, else the stored one. */
  value(field: string): any;
}

/** Builds the context for one write, reading the stored entry once when it is an update. */
export async function writeContext(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  action: 'create' | 'update',
  params: { documentId?: string; locale?: string; data?: Data },
  populate: string[] = [],
): Promise<WriteContext> {
  const data = (params.data ??= {});
  let existing: Data | null = null;
  let otherLocale: Data | null = null;
  if (action === 'update' && params.documentId) {
    // The db layer, not the document service: that would run these rules again.
    const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
    const rows = await strapi.db.query(uid).findMany({
      where: { documentId: params.documentId, ...(hasDrafts ? { publishedAt: null } : {}) },
      populate,
    });
    existing = rows.find((row: Data) => !params.locale || row.locale === params.locale) ?? null;
    otherLocale = rows.find((row: Data) => row !== existing) ?? null;
  }
  const attributes = strapi.contentType(uid).attributes as Record<string, any>;
  // A new locale of an entry shares the non-localized fields of the locales it already has.
  const shared = (field: string) => attributes[field]?.pluginOptions?.i18n?.localized === false;
  return {
    strapi,
    uid,
    action,
    documentId: params.documentId,
    locale: params.locale,
    data,
    existing,
    value: (field) => {
      if (field in data) return data[field];
      if (existing) return existing[field];
      return shared(field) ? otherLocale?.[field] : undefined;
    },
  };
}
