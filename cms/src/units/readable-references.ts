import type { BrokenReference } from '@cong/shared';
import type { Core, UID } from '@strapi/strapi';
import { mayActOn, mayRead, versionsForCheck, type Ability } from './admin-request';

/**
 * The broken references an admin user may see: those of entries they may read. The publisher
 * reports the whole site's; a unit's editor is shown their units' entries only, not the titles
 * of other units' (nor of what their role does not read at all).
 */
export async function readableReferences(strapi: Core.Strapi, ability: Ability, references: BrokenReference[]): Promise<BrokenReference[]> {
  const readable: BrokenReference[] = [];
  for (const reference of references) {
    const uid = reference.uid as UID.ContentType;
    if (!strapi.contentTypes[uid]) continue;
    // Who reads every unit's entries of the type (the Center) is shown them without a lookup.
    // The locale too: a role's locales are a condition of its permissions (i18n).
    if (mayActOn(strapi, ability, 'plugin::content-manager.explorer.read', uid, { unit: null, locale: reference.locale })) {
      readable.push(reference);
      continue;
    }
    const localized = Boolean((strapi.contentType(uid).attributes as Record<string, unknown>).locale);
    const versions = await versionsForCheck(strapi, uid, { documentId: reference.documentId, ...(localized ? { locale: reference.locale } : {}) });
    if (versions.some((version) => mayRead(strapi, ability, uid, version))) readable.push(reference);
  }
  return readable;
}
