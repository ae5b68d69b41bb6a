// Reads an official document laid out as printed (the demo's notice in data/documents/, and
// real notices copied from a portal's pages): number, place and date, type, excerpt, text,
// signature block.

// Lines a portal's page chrome adds around a document copied from it.
const chrome = [/^Số lượt truy cập$/, /^EmailPrintAa$/, /^Rss$/, /^Nhảy đến nội dung$/, /^Chế độ ban đêm\b/, /^-A A \+A$/];

/** Splits a page into non-empty lines, dropping the portal's chrome. */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter((line) => line && !chrome.some((pattern) => pattern.test(line)));
}

/** An official document (văn bản) as printed: number, place and date, type, excerpt, text, signature. */
export interface PrintedDocument {
  number: string;
  place: string;
  issuedDate: string;
  typeName: string;
  excerpt: string;
  /** The document's text after the excerpt, including its "Nơi nhận" list; "- " marks list items. */
  paragraphs: string[];
  signerTitle: string;
  signer: string;
}

/** Parses a document page laid out the way Vietnamese administrative documents are. */
export function parsePrintedDocument(text: string): PrintedDocument {
  const lines = contentLines(text);
  const number = /^Số:\s*(\S+)$/.exec(lines.shift()!)?.[1];
  const placeDate = /^(.+), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(lines.shift()!);
  if (!number || !placeDate) throw new Error('Văn bản phải bắt đầu bằng "Số: …" rồi "<nơi>, ngày … tháng … năm …"');
  const [, place, day, month, year] = placeDate;
  const typeName = capitalise(lines.shift()!);
  const excerpt = lines.shift()!;

  // The signature block: the bold title lines, then the signer's name last.
  const signer = lines.pop()!;
  const titleLines: string[] = [];
  if (lines.at(-1)?.endsWith('**')) {
    while (lines.length) {
      const line = lines.pop()!;
      titleLines.unshift(line.replace(/\*\*/g, ''));
      if (line.startsWith('**')) break;
    }
  }
  const signerTitle = titleLines.map((line) => line.trim()).join(', ');

  // A wrapped list item continues on the next line: join it back.
  const paragraphs: string[] = [];
  let inRecipients = false;
  for (const line of lines) {
    if (line === 'Nơi nhận:') inRecipients = true;
    const previous = paragraphs.at(-1);
    if (inRecipients && previous?.startsWith('- ') && !line.startsWith('- ') && !previous.endsWith(';') && !previous.endsWith('.')) {
      paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
    } else {
      paragraphs.push(line);
    }
  }
  return {
    number,
    place: place!,
    issuedDate: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
    typeName,
    excerpt,
    paragraphs,
    signerTitle,
    signer,
  };
}

// "THÔNG BÁO" → "Thông báo".
function capitalise(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
