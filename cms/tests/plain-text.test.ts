import { COMMENT_STARTED_AT_FIELD } from '@cong/shared';
import { describe, expect, inject, it } from 'vitest';
import { sql } from './database';
import * as fixtures from './fixtures';
import { api, unique } from './rest';

// What people type is stored as it reads, on every path: the public comment form, the admin
// and the REST API alike. Controls, bidi overrides (U+202E shows "gpj.exe" as "exe.jpg") and
// zero-width characters are removed; a required field with nothing visible left is refused.

const DAY = 86_400_000;
let clients = 0;

async function submit(data: Record<string, unknown>) {
  const response = await fetch(`${inject('cmsUrl')}/api/public-comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${++clients >> 8}.${clients & 255}` },
    body: JSON.stringify({ [COMMENT_STARTED_AT_FIELD]: Date.now() - 60_000, ...data }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const openConsultation = () =>
  fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });

/** A comment's row as stored, contact details included (no REST answer carries them). */
async function storedComment(referenceCode: string) {
  const [row] = await sql<Record<string, string>>(
    'SELECT full_name, organisation, email, phone, section, content FROM comments WHERE reference_code = ?',
    [referenceCode],
  );
  return row;
}

const typedWithHiddenCharacters = {
  fullName: 'Nguyễn\u0000 Văn\u202E An\u200B',
  organisation: 'Sở\u2066 Tư pháp\u0007',
  email: 'an\u200B@example.vn\uFEFF',
  phone: '0912\u200D345\u2060678',
  section: 'Điều\u200F 3',
  content: 'Dòng một\u0000\r\n\tDòng hai\u202E',
};
const asItReads = {
  full_name: 'Nguyễn Văn An',
  organisation: 'Sở Tư pháp',
  email: 'an@example.vn',
  phone: '0912345678',
  section: 'Điều 3',
  content: 'Dòng một\n\tDòng hai',
};

describe("a citizen's comment", () => {
  it('is stored as it reads when sent through the public form', async () => {
    const open = await openConsultation();
    const reply = await submit({ consultation: open.documentId, ...typedWithHiddenCharacters });
    expect(reply.status).toBe(201);
    expect(await storedComment(reply.body.data.referenceCode)).toEqual(asItReads);
  });

  it('is stored the same way when entered through the API (the admin writes the same way)', async () => {
    const open = await openConsultation();
    const created = await fixtures.comment(open.documentId, typedWithHiddenCharacters);
    expect(await storedComment(created.referenceCode)).toEqual(asItReads);
  });

  it.each([
    ['fullName', 'Họ và tên', '\u200B\u200C\u200D'],
    ['fullName', 'Họ và tên', '\u202E\u2066'],
    ['content', 'Nội dung góp ý', '\u0000\uFEFF\u200B'],
  ])('is refused, in Vietnamese, when its %s has nothing visible, and nothing is stored', async (field, label, typed) => {
    const open = await openConsultation();
    const reply = await submit({ consultation: open.documentId, ...typedWithHiddenCharacters, [field]: typed });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors).toEqual([{ path: [field], message: `${label} chỉ có ký tự ẩn, không hiển thị được. Vui lòng gõ lại.` }]);
    expect((await api(`/api/comments?filters[consultation][documentId][$eq]=${open.documentId}`, { as: 'full' })).body.data).toEqual([]);

    const byApi = await api('/api/comments', { as: 'full', method: 'POST', data: { consultation: open.documentId, ...typedWithHiddenCharacters, [field]: typed } });
    expect(byApi.status).toBe(400);
    expect(byApi.body.error.message).toBe(`${label} chỉ có ký tự ẩn, không hiển thị được. Vui lòng gõ lại.`);
  });
});

describe("an editor's plain-text fields", () => {
  it('are stored as they read: a title on one line, an excerpt keeping its line breaks, rich text its spaces', async () => {
    const reply = await api('/api/articles', {
      as: 'full',
      method: 'POST',
      data: {
        title: `Tin\u200B mới\u202E ${unique()}`.normalize('NFD'),
        summary: 'Dòng một\u0000\r\nDòng hai\u2066',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Chữ\u200B đậm ', bold: true }, { type: 'text', text: '\u202Ethường' }] }],
      },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data.title).toMatch(/^Tin mới [a-z0-9]{6}$/);
    expect(reply.body.data.title).toBe(reply.body.data.title.normalize('NFC'));
    expect(reply.body.data.summary).toBe('Dòng một\nDòng hai');
    expect(reply.body.data.body[0].children.map((node: { text: string }) => node.text)).toEqual(['Chữ đậm ', 'thường']);
  });

  it('refuse a required title with nothing visible in it', async () => {
    const reply = await api('/api/articles', { as: 'full', method: 'POST', data: { title: '\u200B\u202E', body: fixtures.paragraphs('x') } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['title']);
    expect(reply.body.error.message).toBe('Tiêu đề chỉ có ký tự ẩn, không hiển thị được. Vui lòng gõ lại.');
  });
});
