// How the portal names a document and a gazette issue wherever they appear: the CMS, the
// site's pages, feeds, search and structured data, and the demo content's PDFs.

/**
 * A document's title, as Vietnamese documents are cited: its type's name, "số", its number
 * ("Thông báo số 1730/TB-VP"); "Văn bản" when the type is not known.
 */
export function documentTitle(document: { number: string; documentType?: { name?: string | null } | null }): string {
  const typeName = document.documentType?.name?.trim() || 'Văn bản';
  return `${typeName} số ${document.number.trim()}`;
}

/** A gazette issue's title when the editor gives none: "Công báo số 12 năm 2026". */
export function gazetteIssueTitle(issue: { number: number | string; year: number | string }): string {
  return `Công báo số ${issue.number} năm ${issue.year}`;
}
