import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFixture, parseEnglishFixture } from '../scripts/seed/article-fixture.ts';
import { parsePrintedDocument } from '../scripts/seed/printed-document.ts';
import categories from '../scripts/seed/data/categories.json' with { type: 'json' };

const data = path.join(import.meta.dirname, '../scripts/seed/data');
const articleFiles = (await readdir(path.join(data, 'articles'))).filter((file) => file.endsWith('.md')).sort();
const read = (...parts: string[]) => readFile(path.join(data, ...parts), 'utf8');

describe('the demo articles', () => {
  it.each(articleFiles.filter((file) => !file.endsWith('.en.md')))('%s reads as an article of a known category', async (file) => {
    const article = parseArticleFixture(file, await read('articles', file));
    expect(categories.map((category) => category.name)).toContain(article.category);
    expect(article.title).not.toMatch(/\.$/);
    expect(article.summary.length).toBeGreaterThan(40);
    expect(article.paragraphs.length).toBeGreaterThan(2);
    expect(article.paragraphs.join(' ')).not.toMatch(/!\[|\*\*|\]\(/);
  });

  it('cover every category, feature two, and most have photos', async () => {
    const articles = await Promise.all(
      articleFiles.filter((file) => !file.endsWith('.en.md')).map(async (file) => parseArticleFixture(file, await read('articles', file))),
    );
    expect(new Set(articles.map((article) => article.category))).toEqual(new Set(categories.map((category) => category.name)));
    expect(articles.filter((article) => article.featured)).toHaveLength(2);
    expect(articles.filter((article) => article.photos.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it.each(articleFiles.filter((file) => file.endsWith('.en.md')))('%s is the English edition of an article beside it', async (file) => {
    const english = parseEnglishFixture(file, await read('articles', file));
    expect(english.title).toMatch(/^[\x20-\x7e]+$/);
    expect(articleFiles).toContain(file.replace(/\.en\.md$/, '.md'));
  });

  it('says which file is malformed and what is wrong', () => {
    expect(() => parseArticleFixture('2026-01-01-x.md', 'Không có phần đầu')).toThrow('2026-01-01-x.md: phải bắt đầu bằng phần đầu giữa hai dòng "---"');
    expect(() => parseArticleFixture('2026-01-01-x.md', '---\ntitle: Tin\n---\nSapo.')).toThrow('2026-01-01-x.md: thiếu "category:" ở phần đầu');
    expect(() => parseArticleFixture('x.md', '---\ntitle: Tin\ncategory: Kinh tế\n---\nSapo.')).toThrow('x.md: tên tệp phải bắt đầu bằng ngày YYYY-MM-DD');
  });
});

describe('parsePrintedDocument', () => {
  it("reads the demo's notice 1730/TB-VP: number, date, type, excerpt, recipients and signer", async () => {
    const document = parsePrintedDocument(await read('documents', '1730-TB-VP.txt'));
    expect(document).toMatchObject({ number: '1730/TB-VP', issuedDate: '2026-11-21', typeName: 'Thông báo' });
    expect(document.excerpt).toMatch(/^Kết luận của đồng chí .+ Trung tâm Thông tin/);
    expect(document.signerTitle).toBe('TL. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG');
    expect(document.signer).toMatch(/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}*)+$/u);
    expect(document.paragraphs).toContain('Nơi nhận:');
    expect(document.paragraphs.at(-1)).toBe('- Lưu: VT, TTTT.');
  });

  // A real notice copied from a provincial portal, when the project's shared material is beside the checkout.
  const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/2020-12-21-quang-ngai-thong-bao-1730-TB-VP.txt');
  it.skipIf(!existsSync(corpus))('reads a real notice copied from a portal, page chrome and wrapped recipients included', async () => {
    const document = parsePrintedDocument(await readFile(corpus, 'utf8'));
    expect(document).toMatchObject({
      number: '1730/TB-VP',
      place: 'Quảng Ngãi',
      issuedDate: '2020-12-21',
      typeName: 'Thông báo',
      signer: 'Nguyễn Xuân Lộc',
      signerTitle: 'TL. CHÁNH VĂN PHÒNG, TRƯỞNG PHÒNG HC-TC',
    });
    expect(document.paragraphs).toContain('- VPUB: BTV Đảng ủy, các PCVP, Trưởng các phòng, ban, GD các đơn vị trực thuộc, Công đoàn, Đoàn TN, CBTH;');
    expect(document.paragraphs.at(-1)).toBe('- Lưu: VT, HC-TC.');
  });
});
