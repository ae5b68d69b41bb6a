import type { Core, UID } from '@strapi/strapi';
import { settle } from '../db-settle.ts';
import type { Tally } from './tally.ts';

type Data = Record<string, any>;

/**
 * The entry a natural key names, created (and published) when it is missing. An existing
 * entry is left exactly as it is, so running the seed twice changes nothing.
 */
export async function findOrCreate(
  strapi: Core.Strapi,
  tally: Tally,
  uid: UID.ContentType,
  filters: Data,
  data: () => Data | Promise<Data>,
  { locale, publish = true }: { locale?: string; publish?: boolean } = {},
): Promise<Data> {
  const documents = strapi.documents(uid as any) as any;
  const existing = await documents.findFirst({ filters, locale, status: 'draft' });
  if (existing) {
    tally.add(uid, false);
    return existing;
  }
  const created = await documents.create({ data: await data(), locale, ...(publish ? { status: 'published' } : {}) });
  await settle(strapi);
  tally.add(uid, true);
  return created;
}

/** Adds the English edition of an entry when it has none yet. */
export async function ensureEnglish(
  strapi: Core.Strapi,
  tally: Tally,
  uid: UID.ContentType,
  documentId: string,
  data: Data,
): Promise<void> {
  const documents = strapi.documents(uid as any) as any;
  if (await documents.findOne({ documentId, locale: 'en', status: 'draft' })) {
    tally.add(`${uid}@en`, false);
    return;
  }
  await documents.update({ documentId, locale: 'en', data, status: 'published' });
  await settle(strapi);
  tally.add(`${uid}@en`, true);
}
