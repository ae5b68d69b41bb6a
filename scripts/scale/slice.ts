import type { Province } from '@cong/shared';

/**
 * What units [from, to) of a province add to it: those units and their entries, and, with the
 * first slice (from 0), the province's own content. Imported one after another, the slices
 * grow one portal unit by unit, as the bench measures it (10, then 50, then 120 units).
 */
export function provinceSlice(province: Province, from: number, to: number): Province {
  const units = province.units.slice(from, to);
  const labels = new Set(units.map((unit) => unit.hostLabel));
  const first = from === 0;
  const ofSlice = <T extends { unit?: string }>(entries: T[]) => entries.filter((entry) => (entry.unit ? labels.has(entry.unit) : first));
  const slice: Province = {
    ...province,
    units,
    documents: ofSlice(province.documents),
    articles: ofSlice(province.articles),
    consultations: ofSlice(province.consultations),
    // The gazette and the comments are the province's: with its own content only.
    gazetteIssues: first ? province.gazetteIssues : [],
    comments: first ? province.comments : [],
  };
  // The files its entries name, and no others.
  const named = new Set([
    ...slice.articles.flatMap((article) => (article.cover ? [article.cover] : [])),
    ...slice.documents.flatMap((document) => document.files ?? []),
    ...slice.gazetteIssues.flatMap((issue) => (issue.pdf ? [issue.pdf] : [])),
  ]);
  return province.media ? { ...slice, media: province.media.filter((file) => named.has(file.key)) } : slice;
}
