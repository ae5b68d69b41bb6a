import type { Core, UID } from '@strapi/strapi';

type Data = Record<string, any>;

/** What a write is about to store, with the stored values it leaves as they are. */
export interface WriteContext {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  /** A clone is a create: a new document, whose unset fields come from the one it copies. */
  action: 'create' | 'update';
  documentId?: string;
  /** The locale written (the default one when the write names none); none for a type without locales. */
  locale?: string;
  /** The incoming data: rules may fill or correct fields in it. */
  data: Data;
  /**
   * The stored draft this write leaves fields of as they are: the same locale's on update, the
   * copied document's on clone; null on create or for a new locale.
   */
  existing: Data | null;
  /** The documentId a clone copies: nothing decided about that document carries over. */
  cloneOf?: string;
  /** A field's value after this write: the incoming one if given, else the stored one. */
  value(field: string): any;
}

interface WriteParams {
  documentId?: string;
  locale?: string;
  data?: Data;
}

/** Builds the context for a create or update, reading the stored entry once when it is an update. */
export async function writeContext(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  action: 'create' | 'update',
  params: WriteParams,
  populate: string[] = [],
): Promise<WriteContext> {
  const data = (params.data ??= {});
  const locale = await localeOf(strapi, uid, params.locale);
  if (action === 'create' || !params.documentId) return context(strapi, uid, { action, locale, data, existing: null, otherLocale: null });
  const rows = await storedDrafts(strapi, uid, params.documentId, undefined, populate);
  const existing = rows.find((row) => !locale || row.locale === locale) ?? null;
  const otherLocale = rows.find((row) => row !== existing) ?? null;
  return context(strapi, uid, { action, documentId: params.documentId, locale, data, existing, otherLocale });
}

/**
 * One context per entry a clone copies (each locale asked for): a create whose values are the
 * copied draft's where the incoming data says nothing, as Strapi merges them.
 */
export async function cloneContexts(strapi: Core.Strapi, uid: UID.ContentType, params: WriteParams, populate: string[] = []): Promise<WriteContext[]> {
  const data = (params.data ??= {});
  const sources = await storedDrafts(strapi, uid, params.documentId!, await localeOf(strapi, uid, params.locale), populate);
  return sources.map((source) =>
    context(strapi, uid, { action: 'create', locale: source.locale ?? undefined, data, existing: source, otherLocale: null, cloneOf: params.documentId }),
  );
}

/**
 * One context per draft a publish makes public: an update that changes nothing, so the rules
 * check what is stored (it may predate a rule, or have come in by a path that skipped them).
 */
export async function publishContexts(strapi: Core.Strapi, uid: UID.ContentType, params: WriteParams, populate: string[] = []): Promise<WriteContext[]> {
  const drafts = await storedDrafts(strapi, uid, params.documentId!, await localeOf(strapi, uid, params.locale), populate);
  return drafts.map((draft) =>
    context(strapi, uid, { action: 'update', documentId: params.documentId, locale: draft.locale ?? undefined, data: {}, existing: draft, otherLocale: null }),
  );
}

/** The locale a write without one goes to (the default), '*' for all, none for a type without locales. */
async function localeOf(strapi: Core.Strapi, uid: UID.ContentType, locale: string | undefined): Promise<string | undefined> {
  const localized = Boolean((strapi.contentType(uid) as any).pluginOptions?.i18n?.localized);
  if (!localized) return undefined;
  return locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
}

// The db layer, not the document service: that would run these rules again.
async function storedDrafts(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locale: string | undefined, populate: string[]): Promise<Data[]> {
  const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  return strapi.db.query(uid).findMany({
    where: { documentId, ...(hasDrafts ? { publishedAt: null } : {}), ...(locale && locale !== '*' ? { locale } : {}) },
    populate,
  });
}

function context(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { otherLocale, ...fields }: Pick<WriteContext, 'action' | 'documentId' | 'locale' | 'data' | 'existing' | 'cloneOf'> & { otherLocale: Data | null },
): WriteContext {
  const attributes = strapi.contentType(uid).attributes as Record<string, any>;
  // A new locale of an entry shares the non-localized fields of the locales it already has.
  const shared = (field: string) => attributes[field]?.pluginOptions?.i18n?.localized === false;
  const { data, existing } = fields;
  return {
    strapi,
    uid,
    ...fields,
    value: (field) => {
      if (field in data) return data[field];
      if (existing) return existing[field];
      return shared(field) ? otherLocale?.[field] : undefined;
    },
  };
}
