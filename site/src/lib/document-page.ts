import { documentTitle, legalStatusLabels, type GazetteIssue, type LegalDocument, type Unit } from '@cong/shared';
import type { PageSearch } from '../search/page-marks.ts';
import { legalStatusOf } from './content.ts';
import { gazetteIssuesByDocument, publishedDocumentIds } from './indexes.ts';
import { onlyChanged } from './page-keys.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';
import { entriesOnSite, formerUnitOf, releasePath, unitFilterOf, type SiteShell } from './sites.ts';

type RelationKey = 'replaces' | 'replacedBy' | 'amends' | 'amendedBy' | 'guides' | 'guidedBy';
const relationKeys: RelationKey[] = ['replaces', 'replacedBy', 'amends', 'amendedBy', 'guides', 'guidedBy'];

/** One kind of link from a document to others (it replaces, is amended by, …), published ones only. */
export interface DocumentRelation {
  key: RelationKey;
  items: NonNullable<LegalDocument['replaces']>;
}

/** What a document's page shows: the document, the gazette issues it is in, its links, a unit site's shell. */
export interface DocumentPageProps {
  document: LegalDocument;
  gazette: GazetteIssue[];
  relations: DocumentRelation[];
  shell?: SiteShell;
  formerUnit?: Unit;
}

/** Static paths for the document pages of the portal, or with a shell of a unit's site. */
export async function documentPaths(shell?: SiteShell) {
  const site = shell?.site;
  const byDocument = await gazetteIssuesByDocument();
  // Only published documents are in the collection: a relation to a draft is dropped here.
  const isPublished = await publishedDocumentIds();
  const paths = (await entriesOnSite<LegalDocument>('documents', 'vi', site)).map((document) => ({
    params: { slug: document.slug },
    props: {
      document,
      gazette: byDocument.get(document.documentId) ?? [],
      relations: relationKeys
        .map((key) => ({ key, items: (document[key] ?? []).filter((other) => isPublished.has(other.documentId)) }))
        .filter(({ items }) => items.length > 0),
      shell,
      formerUnit: formerUnitOf(document, site),
    } satisfies DocumentPageProps,
  }));
  return onlyChanged(paths, ({ params }) => releasePath(site, routes.document(params.slug)), ({ props }) => `documents:${props.document.documentId}`);
}

/** What search knows of a document: its dates, type, agency, field, legal status and unit. */
export async function documentSearch(document: LegalDocument): Promise<PageSearch> {
  const status = legalStatusOf(document);
  return {
    kind: 'document',
    date: document.issuedDate,
    filters: {
      type: document.documentType?.name,
      agency: document.issuingAgency?.name,
      field: document.field?.name,
      status: status ? legalStatusLabels[status] : null,
      unit: await unitFilterOf(document),
    },
    meta: { number: document.number, type: document.documentType?.name },
    text: plainText(documentTitle(document), document.excerpt, document.fullText),
  };
}
