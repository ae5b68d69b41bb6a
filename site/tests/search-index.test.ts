import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { provinceDateOf } from '@cong/shared';
import { describe, expect, inject, it } from 'vitest';
import { indexedAttribute, indexedPart } from '../src/search/indexed-page';
import { kindLabel, searchKinds, type SearchKind } from '../src/search/kinds';
import { builtFiles, builtText } from './built-site';

// Where each kind's detail pages are built, in both languages, on the portal and on the unit
// sites (don-vi/<label>/…; a listing's numbered pages, /tin-tuc/2/, are not detail pages).
const detailPages: Record<SearchKind, RegExp> = {
  article: /^(don-vi\/[^/]+\/)?(tin-tuc|en\/news)\/(?!\d+\/)[^/]+\/index\.html$/,
  document: /^(don-vi\/[^/]+\/)?van-ban\/(?!\d+\/)[^/]+\/index\.html$/,
  gazetteIssue: /^cong-bao\/\d{4}\/so-\d+\/index\.html$/,
  consultation: /^du-thao\/[^/]+\/index\.html$/,
  page: /^(don-vi\/[^/]+\/)?(trang|en\/pages)\/[^/]+\/index\.html$/,
};
const kinds = Object.keys(searchKinds) as SearchKind[];
const names: Record<SearchKind, string> = { article: 'article', document: 'document', gazetteIssue: 'gazette issue', consultation: 'consultation', page: 'static page' };
const named = kinds.map((kind) => [names[kind], kind] as const);
const kindOf = (file: string) => kinds.find((kind) => detailPages[kind].test(file));
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** What Pagefind recorded of a page: its words, filters and meta. */
interface IndexedRecord {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in the built index, by URL: Pagefind 1.6 keeps each page as gzipped JSON after a signature. */
async function indexedRecords(): Promise<Map<string, IndexedRecord>> {
  const root = path.join(inject('distDir'), 'pagefind');
  const records = new Map<string, IndexedRecord>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(await readFile(path.join(entry.parentPath, entry.name))).toString('utf8');
    const record = JSON.parse(text.replace(/^pagefind_dcd/, '')) as IndexedRecord;
    records.set(record.url, record);
  }
  return records;
}

const pages = async () => (await builtFiles()).filter((file) => file.endsWith('.html'));
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the search index', () => {
  it('has detail pages of every kind to index, and English articles and pages', async () => {
    const built = await pages();
    for (const kind of kinds) expect(built.filter((file) => detailPages[kind].test(file)), kind).not.toEqual([]);
    expect(built.filter((file) => /^en\/(news|pages)\/(?!\d+\/)[^/]+\//.test(file)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(named)('finds on each %s page one indexed element, with its title and text, where the build reads it', async (_name, kind) => {
    for (const file of (await pages()).filter((name) => detailPages[kind].test(name))) {
      const html = await builtText(file);
      expect(html.match(new RegExp(`<[a-z]+\\b[^>]*\\s${indexedAttribute}[\\s>]`, 'g')), file).toHaveLength(1);
      // What the index integration digests to decide whether to index the page again.
      const part = indexedPart(html);
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      expect(title, file).toBeTruthy();
      expect(part, file).toContain(`<h1>${title}</h1>`);
      expect(textOf(part).length, file).toBeGreaterThan(textOf(title!).length + 20);
    }
  });

  it.each(named)('holds each %s page, with its words, its kind and, if dated, its day in the province', async (_name, kind) => {
    const records = await indexedRecords();
    for (const file of (await pages()).filter((name) => detailPages[kind].test(name))) {
      const html = await builtText(file);
      const record = records.get(urlOf(file));
      expect(record, file).toBeDefined();
      expect(record!.content.length, file).toBeGreaterThan(100);
      const label = kindLabel(kind, file.startsWith('en/') ? 'en' : 'vi');
      expect(record!.meta.kind, file).toBe(label);
      expect(record!.filters.kind, file).toEqual([label]);
      // The first date of the page's content is what it is dated by (published, opened).
      const dated = /<time datetime="([^"]+)"/.exec(indexedPart(html))?.[1];
      if (dated) {
        expect(record!.meta.date, file).toBe(provinceDateOf(dated));
        expect(record!.filters.year, file).toEqual([provinceDateOf(dated).slice(0, 4)]);
      }
    }
  });

  it('holds the detail pages and nothing else: no listing, home page or search page', async () => {
    const built = await pages();
    const indexed = [...(await indexedRecords()).keys()].sort();
    expect(indexed).toEqual(built.filter((file) => kindOf(file)).map(urlOf).sort());
    for (const file of built.filter((name) => !kindOf(name))) expect(await builtText(file), file).not.toContain(indexedAttribute);
  });
});
