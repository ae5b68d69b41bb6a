// Reads a demo article from data/articles/: `key: value` front matter between two `---`
// lines, then paragraphs separated by a blank line; `## ` starts a heading and a paragraph
// that is exactly `![caption]` is a photo.

/** A demo news article, ready to seed. */
export interface ArticleFixture {
  file: string;
  title: string;
  category: string;
  tags: string[];
  byline: string | null;
  source: string | null;
  featured: boolean;
  /** YYYY-MM-DD, from the file name. */
  date: string;
  /** The lead paragraph (sapo). */
  summary: string;
  /** Body paragraphs; "## " marks a heading. */
  paragraphs: string[];
  /** Photo captions in order; the first photo is the cover. */
  photos: string[];
}

/** The English edition beside an article (`<name>.en.md`): a title, a lead and the body. */
export interface EnglishFixture {
  title: string;
  summary: string;
  paragraphs: string[];
}

/** Parses a demo article file; a malformed one stops the seed with the file and what is wrong. */
export function parseArticleFixture(file: string, text: string): ArticleFixture {
  const { fields, blocks } = frontMatter(file, text);
  const date = /^(\d{4}-\d{2}-\d{2})-/.exec(file)?.[1];
  if (!date) throw new Error(`${file}: tên tệp phải bắt đầu bằng ngày YYYY-MM-DD`);
  const required = (name: string) => fields[name] || fail(file, `thiếu "${name}:" ở phần đầu`);
  const photos = blocks.filter((block) => /^!\[.+\]$/.test(block)).map((block) => block.slice(2, -1));
  const [summary, ...paragraphs] = blocks.filter((block) => !/^!\[.+\]$/.test(block));
  if (!summary) fail(file, 'chưa có đoạn mở đầu (sapo)');
  return {
    file,
    title: required('title'),
    category: required('category'),
    tags: (fields.tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
    byline: fields.byline || null,
    source: fields.source || null,
    featured: fields.featured === 'true',
    date,
    summary: summary!,
    paragraphs,
    photos,
  };
}

/** Parses an English edition file. */
export function parseEnglishFixture(file: string, text: string): EnglishFixture {
  const { fields, blocks } = frontMatter(file, text);
  const [summary, ...paragraphs] = blocks;
  if (!fields.title || !summary) fail(file, 'cần "title:" và ít nhất một đoạn');
  return { title: fields.title!, summary: summary!, paragraphs };
}

function frontMatter(file: string, text: string): { fields: Record<string, string>; blocks: string[] } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) fail(file, 'phải bắt đầu bằng phần đầu giữa hai dòng "---"');
  const fields: Record<string, string> = {};
  for (const line of match![1]!.split('\n')) {
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) fail(file, `dòng "${line}" ở phần đầu không có dạng "tên: giá trị"`);
    fields[field![1]!] = field![2]!.trim();
  }
  const blocks = match![2]!.split(/\n\s*\n/).map((block) => block.replace(/\s*\n\s*/g, ' ').trim().normalize('NFC')).filter(Boolean);
  return { fields, blocks };
}

function fail(file: string, problem: string): never {
  throw new Error(`${file}: ${problem}`);
}
