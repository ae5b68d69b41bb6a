import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusArticle, parseCorpusDocument } from '../seed/corpus.ts';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const read = (file: string) => readFile(path.join(corpus, file), 'utf8');

describe('parseCorpusArticle', () => {
  it.each([
    ['2015-12-07-ha-tinh-tong-ket-nganh-tttt.txt', {
      title: 'Tổng kết hoạt động ngành Thông tin và Truyền thông (TT&TT), hoạt động của Ban Chỉ đạo CNTT tỉnh',
      byline: 'Xuân Hoàn - Anh Dũng', category: 'Tin trong tỉnh', date: '2015-12-07', captions: 3,
    }],
    ['2022-03-23-lang-son-trung-tam-tin-hoc-cong-bao.txt', {
      title: 'Lãnh đạo Văn phòng UBND tỉnh làm việc với Trung tâm Tin học – Công báo',
      byline: 'Thùy Linh', category: null, date: '2022-03-23', captions: 1,
    }],
    ['2026-01-22-trung-tam-thong-tin-lam-viec.txt', {
      title: 'Đồng chí Vi Thiện Việt, Phó Chánh Văn phòng UBND tỉnh làm việc với Trung tâm Thông tin',
      byline: 'Đỗ Hoạt', category: null, date: '2026-01-22', captions: 4,
    }],
    ['2022-09-20-nghe-an-so-tttt-machine-translated.txt', {
      title: 'The Information and Transfer of the center information on the main service',
      byline: 'Tuyet Bang', category: null, date: '2022-09-20', captions: 8,
    }],
  ])('reads %s', async (file, expected) => {
    const article = parseCorpusArticle(file, await read(file));
    expect(article).toMatchObject({ title: expected.title, byline: expected.byline, category: expected.category, date: expected.date });
    expect(article.captions).toHaveLength(expected.captions);
  });

  it('keeps no page chrome in the text', async () => {
    for (const file of ['2015-12-07-ha-tinh-tong-ket-nganh-tttt.txt', '2022-03-23-lang-son-trung-tam-tin-hoc-cong-bao.txt', '2022-09-20-nghe-an-so-tttt-machine-translated.txt']) {
      const article = parseCorpusArticle(file, await read(file));
      const text = [article.title, article.summary, ...article.paragraphs, ...article.captions].join('\n');
      for (const chrome of ['Số lượt truy cập', 'EmailPrintAa', 'Rss', 'Chế độ ban đêm', '-A A +A', 'Nhảy đến nội dung', 'Leave a Comment', 'About the Author', 'Quyết tâm thực hiện thắng lợi']) {
        expect(text, `${file}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it('takes the lead paragraph as the sapo and marks headings', async () => {
    const file = '2022-09-20-nghe-an-so-tttt-machine-translated.txt';
    const article = parseCorpusArticle(file, await read(file));
    expect(article.summary).toMatch(/^Chiều 20\/9, đồng chí Nguyễn Đức Trung/);
    expect(article.paragraphs).toContain('## ĐẢM BẢO THÔNG TIN, TRUYỀN THÔNG HIỆU QUẢNG CÁO');
    expect(article.paragraphs.some((p) => /ảnh chính vụ \d$/.test(p))).toBe(false);
  });
});

describe('parseCorpusDocument', () => {
  it('reads notice 1730/TB-VP with its real metadata', async () => {
    const document = parseCorpusDocument(await read('2020-12-21-quang-ngai-thong-bao-1730-TB-VP.txt'));
    expect(document).toMatchObject({
      number: '1730/TB-VP',
      place: 'Quảng Ngãi',
      issuedDate: '2020-12-21',
      typeName: 'Thông báo',
      signer: 'Nguyễn Xuân Lộc',
      signerTitle: 'TL. CHÁNH VĂN PHÒNG, TRƯỞNG PHÒNG HC-TC',
    });
    expect(document.excerpt).toMatch(/^Kết luận của đồng chí Lê Quốc Đạt, Phó Chánh Văn phòng phụ trách/);
    expect(document.paragraphs[0]).toMatch(/^Ngày 18\/12\/2020/);
    expect(document.paragraphs).toContain('- VPUB: BTV Đảng ủy, các PCVP, Trưởng các phòng, ban, GD các đơn vị trực thuộc, Công đoàn, Đoàn TN, CBTH;');
    expect(document.paragraphs.at(-1)).toBe('- Lưu: VT, HC-TC.');
  });
});
