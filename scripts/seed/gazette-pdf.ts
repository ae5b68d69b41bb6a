import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { formatVietnameseDate } from '@cong/shared';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface GazetteContents {
  number: number;
  year: number;
  publicationDate: string;
  governingBody: string;
  entries: Array<{ typeName: string; number: string; issuedDate: string; excerpt: string; pageFrom: number }>;
}

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * A gazette issue as a PDF: the cover with its table of contents, then one page per document.
 * DejaVu carries every Vietnamese letter; the PDF standard fonts carry none of ă, ơ, ư, đ.
 * The file is not signed: signing and verifying signatures is the gazette issue's own work.
 */
export async function gazettePdf(issue: GazetteContents): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Công báo số ${issue.number} năm ${issue.year}`);
  pdf.setLanguage('vi-VN');
  pdf.setCreator('Cổng Thông tin điện tử tỉnh (dữ liệu mẫu)');
  const regular = await pdf.embedFont(await readFile(path.join(fontDir, 'DejaVuSerif.ttf')), { subset: true });
  const bold = await pdf.embedFont(await readFile(path.join(fontDir, 'DejaVuSerif-Bold.ttf')), { subset: true });

  const cover = pdf.addPage([595, 842]);
  let y = 770;
  const center = (page: PDFPage, text: string, font: PDFFont, size: number) => {
    page.drawText(text, { x: (595 - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: rgb(0.55, 0.05, 0.05) });
    y -= size * 1.6;
  };
  center(cover, 'CÔNG BÁO', bold, 36);
  center(cover, issue.governingBody.toLocaleUpperCase('vi'), bold, 14);
  center(cover, `Số ${issue.number} - Ngày ${formatVietnameseDate(issue.publicationDate)}`, regular, 12);
  y -= 20;
  center(cover, 'MỤC LỤC', bold, 14);
  for (const entry of issue.entries) {
    const heading = `${entry.typeName} số ${entry.number} ngày ${formatVietnameseDate(entry.issuedDate)}`;
    y = paragraph(cover, `${heading} — ${entry.excerpt}`, regular, 11, 60, y, 420);
    cover.drawText(`Trang ${entry.pageFrom}`, { x: 490, y: y + 14, size: 11, font: regular });
    y -= 8;
  }

  for (const entry of issue.entries) {
    const page = pdf.addPage([595, 842]);
    y = 770;
    center(page, entry.typeName.toLocaleUpperCase('vi'), bold, 14);
    center(page, `Số: ${entry.number}`, regular, 12);
    y = paragraph(page, entry.excerpt, bold, 12, 70, y, 455);
    paragraph(page, 'Văn bản đăng Công báo có giá trị như bản gốc (dữ liệu mẫu của Cổng).', regular, 11, 70, y - 10, 455);
  }
  return pdf.save();
}

/** Draws wrapped text and returns the y below it. */
function paragraph(page: PDFPage, text: string, font: PDFFont, size: number, x: number, y: number, width: number): number {
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      page.drawText(line, { x, y, size, font });
      y -= size * 1.45;
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) page.drawText(line, { x, y, size, font });
  return y - size * 1.45;
}
