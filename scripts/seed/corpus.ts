// Reads the real portal pages in ../shared/corpus/ into articles and a document, cleaned of
// the page chrome they were copied with (toolbars, counters, banners, comment forms).

/** A news article as found on a real portal, ready to import. */
export interface CorpusArticle {
  file: string;
  title: string;
  /** The lead paragraph (sapo). */
  summary: string;
  /** Body paragraphs; "## " marks a heading. */
  paragraphs: string[];
  /** Photo captions found between paragraphs, in order (the photos themselves were not kept). */
  captions: string[];
  byline: string | null;
  /** The breadcrumb category the page showed, if any. */
  category: string | null;
  /** YYYY-MM-DD, from the file name. */
  date: string;
}

const chrome = [
  /^Số lượt truy cập$/,
  /^EmailPrintAa$/,
  /^Rss$/,
  /^Nhảy đến nội dung$/,
  /^Chế độ ban đêm\b/,
  /^-A A \+A$/,
  /^Quyết tâm thực hiện thắng lợi Nghị quyết\b/,
  /^Leave a Comment:?$/,
];
const breadcrumbs = ['Tin trong tỉnh'];
// Alt text that leaked from the photos of a machine-translated page: "… ảnh chính vụ 2".
const altTextResidue = /ảnh\b.*\s\d{1,2}$/i;

/** Splits a corpus page into non-empty lines, dropping the portal's chrome. */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter((line) => line && !chrome.some((pattern) => pattern.test(line)));
}

const endsLikeSentence = /[.:;!?…"”)]$/;
const isHeading = (line: string) => line.length > 8 && line === line.toLocaleUpperCase('vi') && /\p{L}/u.test(line);
const isCaption = (line: string) =>
  /Ảnh:\s*\S+/.test(line) || (!endsLikeSentence.test(line) && line.length <= 200 && !isHeading(line));

/** Parses one corpus news page. */
export function parseCorpusArticle(file: string, text: string): CorpusArticle {
  const lines = contentLines(text);
  let category: string | null = null;
  if (breadcrumbs.includes(lines[0]!)) category = lines.shift()!;

  let byline: string | null = null;
  const last = lines.at(-1)!;
  const author = /^About the Author\s+(.+)$/.exec(last);
  if (author) {
    byline = author[1]!;
    lines.pop();
  } else if (last.length <= 40 && !endsLikeSentence.test(last) && last.split(/\s+/).length <= 6) {
    byline = lines.pop()!;
  }

  const title = lines.shift()!.replace(/\.$/, '');
  const paragraphs: string[] = [];
  const captions: string[] = [];
  for (const line of lines) {
    if (altTextResidue.test(line) && line.length < 140) continue;
    if (isHeading(line)) paragraphs.push(`## ${line}`);
    else if (isCaption(line)) captions.push(line);
    else paragraphs.push(line);
  }
  const summary = paragraphs.shift() ?? '';
  const date = /^(\d{4}-\d{2}-\d{2})-/.exec(file)?.[1];
  if (!date) throw new Error(`${file}: tên tệp phải bắt đầu bằng ngày YYYY-MM-DD`);
  return { file, title, summary, paragraphs, captions, byline, category, date };
}

/** An official document (văn bản) as printed: number, place and date, type, excerpt, text, signature. */
export interface CorpusDocument {
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
export function parseCorpusDocument(text: string): CorpusDocument {
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
