import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { formatVietnameseDate, documentTitle, gazetteIssueTitle } from '@cong/shared';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';

// Demo PDFs for gazette issues, documents and drafts. DejaVu carries every Vietnamese letter;
// the PDF standard fonts carry none of ă, ơ, ư, đ. Made unsigned: the seed signs them with
// the demo CA (demo-signing.ts), as an issuing body's signing software would.

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const A4: [number, number] = [595, 842];
const margin = 70;
const red = rgb(0.55, 0.05, 0.05);

/** A4 pages written top to bottom, a new page whenever one is full. */
async function writer(title: string) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setLanguage('vi-VN');
  pdf.setCreator('Cổng Thông tin điện tử tỉnh (dữ liệu mẫu)');
  const regular = await pdf.embedFont(await readFile(path.join(fontDir, 'DejaVuSerif.ttf')), { subset: true });
  const bold = await pdf.embedFont(await readFile(path.join(fontDir, 'DejaVuSerif-Bold.ttf')), { subset: true });
  let page = pdf.addPage(A4);
  let y = A4[1] - margin;
  const room = (height: number) => {
    if (y - height < margin) {
      page = pdf.addPage(A4);
      y = A4[1] - margin;
    }
  };
  return {
    regular,
    bold,
    newPage() {
      page = pdf.addPage(A4);
      y = A4[1] - margin;
    },
    centered(text: string, font: PDFFont, size: number, color = rgb(0, 0, 0)) {
      room(size * 1.6);
      page.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
      y -= size * 1.6;
    },
    /** Wrapped text; `right` is drawn at the right margin on the last line (a page number). */
    paragraph(text: string, font: PDFFont, size: number, right?: string) {
      const width = A4[0] - 2 * margin - (right ? 60 : 0);
      let line = '';
      const flush = () => {
        room(size * 1.45);
        page.drawText(line, { x: margin, y, size, font });
        y -= size * 1.45;
      };
      for (const word of text.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) > width && line) {
          flush();
          line = word;
        } else {
          line = candidate;
        }
      }
      if (line) flush();
      if (right) page.drawText(right, { x: A4[0] - margin - font.widthOfTextAtSize(right, size), y: y + size * 1.45, size, font });
      y -= size * 0.5;
    },
    save: () => pdf.save(),
  };
}

export interface PdfDocumentContents {
  typeName: string;
  number: string;
  issuedDate: string;
  excerpt: string;
  /** The text after the excerpt; "- " marks list items. */
  paragraphs: string[];
  issuingBody: string;
  signerTitle: string | null;
  signer: string | null;
}

/** A document as issued: issuing body and number, type, excerpt, text, signature. */
export async function documentPdf(document: PdfDocumentContents): Promise<Uint8Array> {
  const out = await writer(documentTitle({ number: document.number, documentType: { name: document.typeName } }));
  out.centered(document.issuingBody.toLocaleUpperCase('vi'), out.bold, 12);
  out.centered(`Số: ${document.number}`, out.regular, 12);
  out.centered(`Ngày ${formatVietnameseDate(document.issuedDate)}`, out.regular, 11);
  out.centered(document.typeName.toLocaleUpperCase('vi'), out.bold, 14);
  out.paragraph(document.excerpt, out.bold, 12);
  for (const paragraph of document.paragraphs) out.paragraph(paragraph, out.regular, 11);
  if (document.signerTitle) out.paragraph(document.signerTitle.toLocaleUpperCase('vi'), out.bold, 11);
  if (document.signer) out.paragraph(document.signer, out.bold, 11);
  return out.save();
}

export interface GazetteContents {
  number: number;
  year: number;
  publicationDate: string;
  governingBody: string;
  entries: Array<PdfDocumentContents & { pageFrom: number }>;
}

/** A gazette issue: the cover with its table of contents, then each document from a new page. */
export async function gazettePdf(issue: GazetteContents): Promise<Uint8Array> {
  const out = await writer(gazetteIssueTitle(issue));
  out.centered('CÔNG BÁO', out.bold, 36, red);
  out.centered(issue.governingBody.toLocaleUpperCase('vi'), out.bold, 14, red);
  out.centered(`Số ${issue.number} - Ngày ${formatVietnameseDate(issue.publicationDate)}`, out.regular, 12);
  out.centered('MỤC LỤC', out.bold, 14);
  for (const entry of issue.entries) {
    out.paragraph(
      `${documentTitle({ number: entry.number, documentType: { name: entry.typeName } })} ngày ${formatVietnameseDate(entry.issuedDate)} — ${entry.excerpt}`,
      out.regular,
      11,
      `Trang ${entry.pageFrom}`,
    );
  }
  for (const entry of issue.entries) {
    out.newPage();
    out.centered(entry.typeName.toLocaleUpperCase('vi'), out.bold, 14);
    out.centered(`Số: ${entry.number}`, out.regular, 12);
    out.paragraph(entry.excerpt, out.bold, 12);
    for (const paragraph of entry.paragraphs) out.paragraph(paragraph, out.regular, 11);
  }
  return out.save();
}
