import { createHash } from 'node:crypto';
import type { GeneratedMedia, Province } from '@cong/shared';
import { Random } from './random.ts';

// The files of a province, at the sizes a real one uploads: a photo for about one article in
// five (200–400 kB as taken, before the CMS makes its smaller formats), a PDF for one document
// in ten and for every gazette issue (100 kB to 2 MB, spread evenly on a log scale: most are a
// few pages, some are scanned annexes).
export const MEDIA_SHARE = { articlesWithPhoto: 0.2, documentsWithPdf: 0.1 };
export const PHOTO_BYTES = [200_000, 400_000] as const;
export const PDF_BYTES = [100_000, 2_000_000] as const;

/**
 * Gives the province's entries their files (`cover`, `files`, `pdf`) and lists the files in
 * `media`. Whether an entry has a file, its size and its content are drawn from the entry
 * itself (its unit and slug, a document's key, an issue's year and number) and the seed: the
 * entries are the same with or without files, and a province generated with fewer units has
 * the same files for the entries it has. The key is the file's name in the media library.
 */
export function addMedia(province: Province, seed: number): Province {
  const media: GeneratedMedia[] = [];
  const file = (identity: string, prefix: string, kind: GeneratedMedia['kind'], share: number): string | null => {
    const digest = createHash('sha256').update(`${seed}\n${prefix}\n${identity}`).digest();
    const random = new Random(digest.readUInt32LE(0));
    if (!random.chance(share)) return null;
    const [low, high] = kind === 'photo' ? PHOTO_BYTES : PDF_BYTES;
    const bytes = kind === 'photo' ? random.int(low, high) : Math.round(low * (high / low) ** random.next());
    const key = `${prefix}-${digest.toString('hex').slice(0, 12)}.${kind === 'photo' ? 'jpg' : 'pdf'}`;
    media.push({ key, kind, bytes, seed: digest.readUInt32LE(4) });
    return key;
  };
  const articles = province.articles.map((article) => {
    const cover = file(`${article.unit ?? ''}/${article.slug}`, 'anh', 'photo', MEDIA_SHARE.articlesWithPhoto);
    return cover ? { ...article, cover } : article;
  });
  const documents = province.documents.map((document) => {
    const pdf = file(document.key, 'vb', 'pdf', MEDIA_SHARE.documentsWithPdf);
    return pdf ? { ...document, files: [pdf] } : document;
  });
  const gazetteIssues = province.gazetteIssues.map((issue) => ({ ...issue, pdf: file(`${issue.year}/${issue.number}`, 'cb', 'pdf', 1)! }));
  return { ...province, articles, documents, gazetteIssues, media };
}
