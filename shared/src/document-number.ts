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

/** A broken document rule: the field it concerns and what is wrong, in Vietnamese. */
export interface DocumentRuleBreach {
  field: 'number' | 'expiryDate';
  message: string;
}

/** Why a number (already normalised) is not a Vietnamese document number, or null when it is one. */
export function documentNumberFormatBreach(number: string): DocumentRuleBreach | null {
  if (parseDocumentNumber(number)) return null;
  return {
    field: 'number',
    message:
      `Số ký hiệu "${number}" không đúng định dạng. Viết theo mẫu <số>/<loại văn bản>-<cơ quan>, ` +
      'có thể kèm năm: 1730/TB-VP, 355/QĐ-UBND, 43/2011/NĐ-CP.',
  };
}

/** The year a document number must be unique in: the year written in it, else the year of issue. */
export function documentNumberYear(number: string, issuedDate: string | null | undefined): number | undefined {
  const written = parseDocumentNumber(number)?.year;
  if (written !== undefined) return written;
  return typeof issuedDate === 'string' && /^\d{4}/.test(issuedDate) ? Number(issuedDate.slice(0, 4)) : undefined;
}

/**
 * What two documents share when their numbers clash: the same number from the same issuing
 * agency (its documentId, null when none) in the same year.
 */
export function documentNumberKey(number: string, issuedDate: string | null | undefined, agency: string | null): string {
  return `${agency ?? ''}|${documentNumberYear(number, issuedDate) ?? ''}|${number}`;
}

/** The breach when another document of the same agency already has this number in that year. */
export function documentNumberTakenBreach(number: string, year: number | undefined): DocumentRuleBreach {
  return {
    field: 'number',
    message: `Số ký hiệu "${number}" đã được dùng cho một văn bản khác của cùng cơ quan ban hành${year === undefined ? '' : ` trong năm ${year}`}.`,
  };
}
