import {
  deriveLegalStatus,
  documentDatesBreach,
  documentNumberFormatBreach,
  documentNumberKey,
  documentNumberTakenBreach,
  documentNumberYear,
  normaliseDocumentNumber,
  slugify,
} from '@cong/shared';
import type { Core, UID } from '@strapi/strapi';

const documentUid = 'api::document.document';

/**
 * The portal's write rules (cms/src/document-rules) for entries written in bulk, checked in
 * memory against what is stored and what the import already wrote: numbers in the Vietnamese
 * format and unique per issuing agency and year, dates in order, the legal status derived
 * (these four and their messages from @cong/shared, as the CMS applies them), slugs unique per
 * type. A broken rule throws, in Vietnamese, before anything is written.
 */
export class BatchRules {
  private readonly numbers = new Set<string>();
  private readonly slugs = new Map<string, Set<string>>();

  /** Reads the numbers and slugs already stored. */
  static async load(strapi: Core.Strapi, uids: UID.ContentType[]): Promise<BatchRules> {
    const rules = new BatchRules();
    const stored = (await strapi.db.query(documentUid).findMany({ select: ['number', 'issuedDate'], populate: { issuingAgency: { select: ['documentId'] } } })) as Array<{
      number: string | null;
      issuedDate: string | null;
      issuingAgency?: { documentId: string } | null;
    }>;
    for (const document of stored) {
      if (document.number) rules.numbers.add(documentNumberKey(document.number, document.issuedDate, document.issuingAgency?.documentId ?? null));
    }
    for (const uid of uids) {
      const rows = (await strapi.db.query(uid).findMany({ select: ['slug'] })) as Array<{ slug: string | null }>;
      rules.slugs.set(uid, new Set(rows.map((row) => row.slug).filter((slug): slug is string => Boolean(slug))));
    }
    return rules;
  }

  /** A document's fields as the CMS would store them, or the rule it breaks. */
  document<T extends { number: string; issuedDate: string; effectiveDate: string | null; expiryDate: string | null }>(
    data: T,
    agencyDocumentId: string | null,
  ): T & { legalStatus: string | null } {
    const number = normaliseDocumentNumber(data.number);
    const badFormat = documentNumberFormatBreach(number);
    if (badFormat) throw new Error(badFormat.message);
    const key = documentNumberKey(number, data.issuedDate, agencyDocumentId);
    if (this.numbers.has(key)) throw new Error(documentNumberTakenBreach(number, documentNumberYear(number, data.issuedDate)).message);
    const { effectiveDate, expiryDate } = data;
    // The message names no document: say which one.
    const badDates = documentDatesBreach(data);
    if (badDates) throw new Error(`${number}: ${badDates.message}`);
    this.numbers.add(key);
    return { ...data, number, legalStatus: deriveLegalStatus({ effectiveDate, expiryDate }) };
  }

  /** A slug made URL-safe and unique for its type (-2, -3, … as the CMS does). */
  slug(uid: UID.ContentType, wanted: string): string {
    const taken = this.slugs.get(uid) ?? new Set<string>();
    this.slugs.set(uid, taken);
    const base = slugify(wanted) || 'khong-tieu-de';
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  }

}
