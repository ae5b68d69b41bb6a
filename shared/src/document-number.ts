/** The parts of a Vietnamese document number (số ký hiệu) such as "43/2011/NĐ-CP". */
export interface DocumentNumber {
  /** The running number within the issuing agency and year: "43". */
  sequence: string;
  /** The year part where the number carries one: "2011" (optional, legal documents have it). */
  year?: number;
  /** The document type's abbreviation: "NĐ", "QĐ", "TB". */
  typeAbbreviation: string;
  /** The issuing agency's abbreviation, possibly several parts: "CP", "UBND", "VP", "SNN&PTNT". */
  agencyAbbreviation: string;
}

// <number>[/<year>]/<type>-<agency>, as in Nghị định 30/2020/NĐ-CP on administrative documents.
const pattern =
  /^(\d{1,6}[a-z]?)(?:\/(\d{4}))?\/([A-ZĐ]{1,8})-([A-ZĐ0-9&.]{1,20}(?:-[A-ZĐ0-9&.]{1,20}){0,3})$/u;

/** Parses a document number, or returns null when it is not in the Vietnamese format. */
export function parseDocumentNumber(input: string): DocumentNumber | null {
  const match = pattern.exec(input.trim().normalize('NFC'));
  if (!match) return null;
  const [, sequence, year, typeAbbreviation, agencyAbbreviation] = match;
  return {
    sequence: sequence!,
    ...(year ? { year: Number(year) } : {}),
    typeAbbreviation: typeAbbreviation!,
    agencyAbbreviation: agencyAbbreviation!,
  };
}

/** A document number written the canonical way: trimmed, NFC, no spaces around slashes. */
export function normaliseDocumentNumber(input: string): string {
  return input.normalize('NFC').trim().replace(/\s*([/-])\s*/g, '$1');
}
