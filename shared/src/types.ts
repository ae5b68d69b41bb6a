// The content the CMS serves over REST (Strapi 5's flat response format), as the site reads it.
// Field names are the schema's (cms/src/api/*/content-types/*/schema.json); docs/glossary.md
// maps each to its Vietnamese term.
import type { LegalStatus } from './legal-status.js';
import type { ModerationStatus } from './moderation.js';
import type { SignatureVerdict } from './signature-verdict.js';

export type Locale = 'vi' | 'en';

/** Strapi 5's "blocks" rich text: structured JSON, no raw HTML to sanitise. */
export type Blocks = BlockNode[];
export interface BlockNode {
  type: string;
  children?: BlockNode[];
  text?: string;
  [key: string]: unknown;
}

/** Fields every Strapi 5 document carries. */
export interface Entry {
  id: number;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  locale?: Locale;
}

export interface MediaFormat {
  url: string;
  width: number;
  height: number;
  size: number;
  mime: string;
}

export interface Media {
  id: number;
  documentId: string;
  name: string;
  url: string;
  mime: string;
  ext: string;
  size: number;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
  caption: string | null;
  formats: Partial<Record<'thumbnail' | 'small' | 'medium' | 'large', MediaFormat>> | null;
}

/** An image as it is used in one place, with its own caption and alt text. */
export interface Figure {
  id: number;
  image: Media | null;
  caption: string | null;
  alt: string | null;
}

export interface Video {
  id: number;
  file: Media | null;
  url: string | null;
  caption: string | null;
}

export interface Link {
  id: number;
  label: string;
  url: string;
}

export interface Contact {
  id: number;
  name: string | null;
  unit: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
}

export interface Category extends Entry {
  name: string;
  slug: string;
  description: string | null;
  order: number;
  parent?: Category | null;
  children?: Category[];
}

export interface Tag extends Entry {
  name: string;
  slug: string;
}

/** The unit an entry belongs to, as the REST API gives it (the site reads the rest from the units). */
export interface UnitRef {
  documentId: string;
  hostLabel: string;
}

/** An entry of a unit-owned type: the unit is null only for entries from before units. */
export interface OfUnit {
  unit?: UnitRef | null;
}

export interface Article extends Entry, OfUnit {
  title: string;
  slug: string;
  summary: string | null;
  body: Blocks;
  cover?: Figure | null;
  gallery?: Figure[];
  video?: Video | null;
  category?: Category | null;
  tags?: Tag[];
  byline: string | null;
  source: string | null;
  featured: boolean;
  displayDate: string | null;
  /** A unit proposed it for the portal's home page; the Center took it there. */
  proposedForPortal?: boolean;
  onPortal?: boolean;
}

export interface Agency extends Entry {
  name: string;
  abbreviation: string | null;
  slug: string;
  order: number;
}

export interface Field extends Entry {
  name: string;
  slug: string;
}

export interface DocumentType extends Entry {
  name: string;
  abbreviation: string;
  slug: string;
  order: number;
}

export interface LegalDocument extends Entry, Partial<SignatureStatus>, OfUnit {
  number: string;
  slug: string;
  excerpt: string;
  documentType?: DocumentType | null;
  issuingAgency?: Agency | null;
  signer: string | null;
  signerTitle: string | null;
  field?: Field | null;
  issuedDate: string;
  effectiveDate: string | null;
  expiryDate: string | null;
  legalStatus: LegalStatus | null;
  fullText: Blocks | null;
  files?: Media[];
  replaces?: LegalDocument[];
  replacedBy?: LegalDocument[];
  amends?: LegalDocument[];
  amendedBy?: LegalDocument[];
  guides?: LegalDocument[];
  guidedBy?: LegalDocument[];
}

/** What the CMS recorded about the signatures of an entry's PDF files. */
export interface SignatureStatus {
  signatureVerdict: SignatureVerdict | null;
  signatureReason: string | null;
  signatures: Array<{
    file: string;
    verdict: SignatureVerdict;
    reason: string;
    signatures: Array<{ verdict: SignatureVerdict; reason: string; signer: string | null; organisation: string | null; signingTime: string | null }>;
  }> | null;
  signatureCheckedAt: string | null;
  signatureOverride: boolean | null;
  signatureOverrideAt: string | null;
}

export interface GazetteEntry {
  id: number;
  document?: LegalDocument | null;
  title: string | null;
  pageFrom: number | null;
  pageTo: number | null;
}

export interface GazetteIssue extends Entry, Partial<SignatureStatus>, OfUnit {
  number: number;
  year: number;
  title: string;
  publicationDate: string;
  pdf?: Media | null;
  attachments?: Media[];
  entries?: GazetteEntry[];
}

export interface Consultation extends Entry, OfUnit {
  title: string;
  slug: string;
  summary: string | null;
  body: Blocks | null;
  draftingAgency?: Agency | null;
  draftFiles?: Media[];
  openingAt: string;
  closingAt: string;
  contact?: Contact | null;
  outcome: Blocks | null;
}

/** A comment as the public may see it: never email or phone. */
export interface PublicComment extends Entry {
  fullName: string;
  organisation: string | null;
  section: string | null;
  content: string;
  receivedAt: string;
  moderationStatus: ModerationStatus;
}

/** A leader of a unit, on its "Lãnh đạo" page: position, tiểu sử tóm tắt and nhiệm vụ (NĐ 224/2026 Đ9). */
export interface Leader {
  name: string;
  position: string;
  photo?: Media | null;
  biography: string | null;
  duties: string | null;
  phone: string | null;
  email: string | null;
}

export interface Page extends Entry, OfUnit {
  title: string;
  slug: string;
  summary: string | null;
  body: Blocks;
  order: number;
  leaders?: Leader[];
}

export interface SiteSetting extends Entry {
  portalName: string;
  governingBody: string;
  address: string | null;
  hotline: string | null;
  email: string | null;
  footerText: string | null;
  licence: string | null;
  editorInChief: string | null;
  socialLinks?: Link[];
  serviceLinks?: Link[];
}

/** Strapi 5's list response. */
export interface ListResponse<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}
