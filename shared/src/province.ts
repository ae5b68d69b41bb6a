// A generated province as the bulk importer reads it: the file the scale generator
// (scripts/scale) writes and the CMS's importer (cms/scripts/import) reads. Relations are by
// natural key (a document's `key`, an agency's abbreviation, a category's name, a unit's host
// label).

import type { UnitKind } from './units.js';

/**
 * A component site's unit (a sở or a xã); the province's own unit is the portal's and is not
 * listed. Its entries name it by `hostLabel`; it issues its documents as the agency of its
 * own name and `abbreviation`.
 */
export interface GeneratedUnit {
  kind: UnitKind;
  fullName: string;
  shortName: string;
  hostLabel: string;
  abbreviation: string;
  order: number;
  /** The text of each of its starter pages (shared/src/units.ts starterPages), by title. */
  pages: Array<{ title: string; body: string[] }>;
}

/** A directive document; `key` is unique (number@year), `replaces` lists earlier keys. */
export interface GeneratedDocument {
  key: string;
  number: string;
  slug: string;
  type: string;
  agency: string;
  field: string;
  signer: string;
  signerTitle: string;
  issuedDate: string;
  effectiveDate: string | null;
  expiryDate: string | null;
  excerpt: string;
  replaces: string[];
  /** The unit that issued it (its host label), issuing as its own agency; none: the province's. */
  unit?: string;
  /** Its files (PDFs), by key in `Province.media`. */
  files?: string[];
}
/** A news article. */
export interface GeneratedArticle {
  title: string;
  slug: string;
  summary: string;
  body: string[];
  category: string;
  byline: string;
  displayDate: string;
  /** The unit whose site it is on (its host label); none: the province's. */
  unit?: string;
  /** Its cover photo, by key in `Province.media`. */
  cover?: string;
}
/** A gazette issue; its entries name documents by key. */
export interface GeneratedGazetteIssue {
  number: number;
  year: number;
  publicationDate: string;
  entries: Array<{ document: string; pageFrom: number; pageTo: number }>;
  /** The issue's PDF, by key in `Province.media`. */
  pdf?: string;
}

/**
 * A file the importer makes and uploads once: a photo (a JPEG of 1600×900, which the CMS
 * resizes into each of its formats) or a PDF, of about `bytes`, its content drawn from `seed`.
 */
export interface GeneratedMedia {
  key: string;
  kind: 'photo' | 'pdf';
  bytes: number;
  seed: number;
}
/** A draft for public comment. */
export interface GeneratedConsultation {
  key: string;
  title: string;
  slug: string;
  summary: string;
  body: string[];
  draftingAgency: string;
  openingAt: string;
  closingAt: string;
  outcome: string[] | null;
  /** The unit that drafted it (its host label); none: the province's. */
  unit?: string;
}
/** A citizen's comment on a consultation (by its key). */
export interface GeneratedComment {
  consultation: string;
  fullName: string;
  email: string;
  content: string;
  moderationStatus: 'pending' | 'approved' | 'rejected';
  receivedAt: string;
}

/** Everything the importer writes, oldest first within each kind. */
export interface Province {
  /** The lookups the entries name by key: agencies by abbreviation, the rest by name. */
  agencies: Array<{ name: string; abbreviation: string }>;
  documentTypes: Array<{ name: string; abbreviation: string }>;
  fields: string[];
  categories: string[];
  /** The component sites' units, in their order (the importer creates them first). */
  units: GeneratedUnit[];
  documents: GeneratedDocument[];
  articles: GeneratedArticle[];
  gazetteIssues: GeneratedGazetteIssue[];
  consultations: GeneratedConsultation[];
  comments: GeneratedComment[];
  /** The files entries name by key; a province file from before media has none. */
  media?: GeneratedMedia[];
}

/** What the importer writes to its --report file. */
export interface ImportReport {
  entries: number;
  seconds: number;
  perKind: Record<string, { entries: number; seconds: number }>;
}
