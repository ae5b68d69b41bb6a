import { COMMENT_FORM_FIELDS, COMMENT_HONEYPOT_FIELD, COMMENT_LIMITS, COMMENT_STARTED_AT_FIELD } from '@cong/shared';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import schema from '../src/api/comment/content-types/comment/schema.json';
import * as fixtures from './fixtures';
import { api, create, unique } from './rest';

const DAY = 86_400_000;
let clients = 0;

/** Sends a comment as a fresh client address (so specs do not share a rate limit). */
async function submit(data: Record<string, unknown>, { client = `10.0.${++clients >> 8}.${clients & 255}`, type = 'json' } = {}) {
  const body = type === 'json' ? JSON.stringify(data) : new URLSearchParams(data as Record<string, string>).toString();
  const response = await fetch(`${inject('cmsUrl')}/api/public-comments`, {
    method: 'POST',
    headers: {
      'Content-Type': type === 'json' ? 'application/json' : type === 'form' ? 'application/x-www-form-urlencoded' : type,
      'X-Forwarded-For': client,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text.startsWith('{') ? JSON.parse(text) : null };
}

const openConsultation = () =>
  fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });

const comment = (consultation: string, extra: Record<string, unknown> = {}) => ({
  consultation,
  fullName: 'Trần Thị Bình',
  organisation: 'Hội Luật gia tỉnh',
  email: 'binh.tran@example.vn',
  phone: '0912 345 678',
  section: 'Khoản 1 Điều 4',
  content: 'Đề nghị bổ sung thời hạn trả lời góp ý.',
  ...extra,
});

async function storedComments(consultation: string) {
  const reply = await api(`/api/comments?filters[consultation][documentId][$eq]=${consultation}&pagination[pageSize]=100`, { as: 'full' });
  return reply.body.data as Array<Record<string, unknown>>;
}

describe('a citizen sends a comment', () => {
  it('gets a receipt with a reference code and the time received, and the comment waits for moderation', async () => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId));
    expect(reply.status).toBe(201);
    expect(reply.body.data.referenceCode).toMatch(/^GY-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    expect(Date.parse(reply.body.data.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    const [stored] = await storedComments(open.documentId);
    expect(stored).toMatchObject({ fullName: 'Trần Thị Bình', moderationStatus: 'pending', referenceCode: reply.body.data.referenceCode });
  });

  it('without JavaScript, a plain form post gets a Vietnamese receipt page', async () => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId), { type: 'form' });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('content-type')).toContain('text/html');
    expect(reply.text).toContain('Đã nhận góp ý của bạn');
    expect(reply.text).toMatch(/Mã tiếp nhận: <strong>GY-\d{8}-\w{6}<\/strong>/);
  });
});

describe('every bad submission is refused in Vietnamese, naming the field, and nothing is stored', () => {
  it.each([
    ['fullName', { fullName: '' }, 'Vui lòng nhập họ và tên.'],
    ['email', { email: 'binh.tran@' }, 'Địa chỉ thư điện tử chưa đúng'],
    ['email', { email: '' }, 'Vui lòng nhập địa chỉ thư điện tử'],
    ['phone', { phone: '123' }, 'Số điện thoại chưa đúng'],
    ['content', { content: '' }, 'Vui lòng nhập nội dung góp ý.'],
    ['content', { content: 'ý'.repeat(10_001) }, 'Nội dung góp ý dài quá 10.000 ký tự'],
    ['organisation', { organisation: 'x'.repeat(301) }, 'Cơ quan/tổ chức dài quá 300 ký tự'],
  ])('%s: %j', async (field, change, message) => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId, change));
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors).toEqual([{ path: [field], message: expect.stringContaining(message) }]);
    expect(reply.body.error.message).toContain(message);
    expect(await storedComments(open.documentId)).toEqual([]);
  });

  it('lists every field that is wrong at once', async () => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId, { fullName: '', email: 'x', content: '' }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe('Có 3 mục cần sửa trước khi gửi.');
    expect(reply.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['content', 'email', 'fullName']);
  });

  it('without JavaScript, the error page says what to fix and keeps what was typed', async () => {
    const open = await openConsultation();
    const typed = 'Nội dung dài tôi đã gõ <b>cẩn thận</b> & không muốn mất.';
    const reply = await submit(comment(open.documentId, { email: 'sai-dia-chi', content: typed }), { type: 'form' });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('Góp ý chưa được gửi');
    expect(reply.text).toContain('Địa chỉ thư điện tử chưa đúng');
    expect(reply.text).toContain('Nội dung dài tôi đã gõ &lt;b&gt;cẩn thận&lt;/b&gt; &amp; không muốn mất.');
    expect(reply.text).toContain('value="Trần Thị Bình"');
    expect(reply.text).not.toContain('<b>cẩn thận</b>');
  });

  it('without JavaScript, the form to send again has the fields, limits and bot trap of the site\'s form', async () => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId, { fullName: '' }), { type: 'form' });
    const names = [...reply.text.matchAll(/<(?:input|textarea)[^>]* name="([^"]+)"/g)].map((match) => match[1]);
    expect(names).toEqual(['consultation', COMMENT_HONEYPOT_FIELD, ...COMMENT_FORM_FIELDS.map((field) => field.name)]);
    for (const { name, input, required } of COMMENT_FORM_FIELDS) {
      const control = new RegExp(`<(?:input|textarea) id="gy-${name}"[^>]*>`).exec(reply.text)![0];
      expect(control.includes(' required'), name).toBe(required);
      if (input !== 'textarea') expect(control, name).toContain(`maxlength="${COMMENT_LIMITS[name]}"`);
    }
  });

  it('refuses a consultation that is closed, not yet open, unpublished or missing', async () => {
    const closed = await fixtures.consultation({ openingAt: new Date(Date.now() - 60 * DAY).toISOString(), closingAt: new Date(Date.now() - DAY).toISOString() });
    const upcoming = await fixtures.consultation({ openingAt: new Date(Date.now() + DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });
    const draft = await fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() }, 'draft');
    const closedReply = await submit(comment(closed.documentId));
    expect(closedReply.status).toBe(409);
    expect(closedReply.body.error.message).toBe('Dự thảo này đã hết thời gian lấy ý kiến, nên không nhận thêm góp ý.');
    expect((await submit(comment(upcoming.documentId))).body.error.message).toBe('Dự thảo này chưa đến thời gian lấy ý kiến.');
    const draftReply = await submit(comment(draft.documentId));
    expect(draftReply.status).toBe(404);
    expect(draftReply.body.error.message).toBe('Không tìm thấy dự thảo này, hoặc dự thảo đã được gỡ xuống.');
    expect((await submit(comment('khong-co-du-thao-nay'))).status).toBe(404);
    for (const consultation of [closed, upcoming, draft]) expect(await storedComments(consultation.documentId)).toEqual([]);
  });

  it('refuses a body that is neither JSON nor a form (415) and one that is too large (413)', async () => {
    const open = await openConsultation();
    const xml = await submit(comment(open.documentId), { type: 'text/xml' });
    expect(xml.status).toBe(415);
    expect(xml.body.error.message).toContain('Chỉ nhận góp ý gửi từ biểu mẫu');
    const huge = await submit(comment(open.documentId, { content: 'a'.repeat(70_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('quá dài để gửi một lần');
    const enormous = await submit(comment(open.documentId, { content: 'a'.repeat(2_000_000) }));
    expect(enormous.status).toBe(413);
    expect(enormous.body.error.message).toContain('quá dài để gửi một lần');
    expect(await storedComments(open.documentId)).toEqual([]);
  });

  it('refuses a multipart body before parsing it: nothing written to the temp folder, a malformed one answers 415, not 500', async () => {
    const open = await openConsultation();
    const temp = async () => new Set(await readdir(os.tmpdir()));
    const before = await temp();
    const form = new FormData();
    form.append('data', JSON.stringify(comment(open.documentId)));
    form.append('tep', new Blob([new Uint8Array(300_000)]), 'tep.bin');
    // However the path is written, as the router takes it: with a trailing slash, in other case.
    for (const [n, route] of ['/api/public-comments', '/api/public-comments/', '/API/Public-Comments'].entries()) {
      const multipart = await fetch(`${inject('cmsUrl')}${route}`, { method: 'POST', body: form, headers: { 'X-Forwarded-For': `10.9.0.${n + 10}` } });
      expect(multipart.status, route).toBe(415);
    }
    const malformed = await fetch(`${inject('cmsUrl')}/api/public-comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'X-Forwarded-For': '10.9.0.2' },
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nkhông đóng',
    });
    expect(malformed.status).toBe(415);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toContain('Chỉ nhận góp ý gửi từ biểu mẫu');
    // Other suites write to the temp folder meanwhile: look for the 300 kB part itself.
    const added = [...(await temp())].filter((name) => !before.has(name));
    const sizes = await Promise.all(added.map((name) => stat(path.join(os.tmpdir(), name)).then((info) => (info.isFile() ? info.size : 0), () => 0)));
    expect(sizes.filter((size) => size >= 300_000)).toEqual([]);
  });

  it('caps a chunked body, which says no length, at the same 64 kB', async () => {
    const open = await openConsultation();
    for (const [size, status] of [[200_000, 413], [900_000, 413]] as const) {
      const text = JSON.stringify(comment(open.documentId, { content: 'a'.repeat(size) }));
      const body = new ReadableStream({
        start(controller) {
          for (let at = 0; at < text.length; at += 16_384) controller.enqueue(new TextEncoder().encode(text.slice(at, at + 16_384)));
          controller.close();
        },
      });
      const reply = await fetch(`${inject('cmsUrl')}/api/public-comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.1.${size % 250}` },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(reply.status).toBe(status);
      expect(((await reply.json()) as { error: { message: string } }).error.message).toContain('tối đa 64 kB');
    }
    // A small chunked comment is read and accepted as any other.
    const small = JSON.stringify(comment(open.documentId));
    const accepted = await fetch(`${inject('cmsUrl')}/api/public-comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.9.2.1' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(small)), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(accepted.status).toBe(201);
    expect(await storedComments(open.documentId)).toHaveLength(1);
  });
});

describe('the form and the stored comment', () => {
  it.each(COMMENT_FORM_FIELDS.map((field) => field.name))('the schema stores every %s the form accepts', (name) => {
    const attribute = (schema.attributes as Record<string, { maxLength?: number }>)[name]!;
    expect(attribute.maxLength ?? Infinity).toBeGreaterThanOrEqual(COMMENT_LIMITS[name]);
  });
});

describe('abuse', () => {
  it('a bot that fills the hidden field is not stored', async () => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId, { [COMMENT_HONEYPOT_FIELD]: 'http://spam.example' }));
    expect(reply.status).toBe(400);
    expect(await storedComments(open.documentId)).toEqual([]);
  });

  it('a form sent faster than a person can fill it is not stored', async () => {
    const open = await openConsultation();
    expect((await submit(comment(open.documentId, { [COMMENT_STARTED_AT_FIELD]: Date.now() - 500 }))).status).toBe(400);
    expect((await submit(comment(open.documentId, { [COMMENT_STARTED_AT_FIELD]: Date.now() - 10_000 }))).status).toBe(201);
  });

  it('a client sending too many gets 429 with Retry-After, others are not affected', async () => {
    const open = await openConsultation();
    const statuses = [];
    for (let n = 0; n < 6; n++) statuses.push((await submit(comment(open.documentId, { content: `Góp ý ${n}` }), { client: '203.0.113.7' })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await submit(comment(open.documentId), { client: '203.0.113.7' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/^Bạn đã gửi nhiều góp ý trong thời gian ngắn/);
    expect((await submit(comment(open.documentId), { client: '203.0.113.8' })).status).toBe(201);
    expect(await storedComments(open.documentId)).toHaveLength(6);
  });

  it('only the site’s origin may call the API from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${inject('cmsUrl')}/api/public-comments`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    expect((await preflight('http://portal.test')).headers.get('access-control-allow-origin')).toBe('http://portal.test');
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).not.toBe('http://evil.example');
  });
});

describe('what is stored is inert and private', () => {
  it.each([
    ['<script>alert("xss")</script><img src=x onerror=alert(1)>'],
    ["'; DROP TABLE comments; --"],
    ['Robert"); DELETE FROM consultations WHERE ("1"="1'],
  ])('keeps %j as plain text, and the tables are intact', async (payload) => {
    const open = await openConsultation();
    const reply = await submit(comment(open.documentId, { fullName: payload.slice(0, 200), content: payload }));
    expect(reply.status).toBe(201);
    const [stored] = await storedComments(open.documentId);
    expect(stored!.content).toBe(payload);
    expect((await api(`/api/consultations/${open.documentId}`)).status).toBe(200);
  });

  it('approving makes a comment public without its email or phone; rejecting keeps it hidden', async () => {
    const open = await openConsultation();
    const approved = await submit(comment(open.documentId, { fullName: 'Người được duyệt', email: 'duyet@example.vn', phone: '0987654321' }));
    const rejected = await submit(comment(open.documentId, { fullName: 'Người bị từ chối', email: 'tuchoi@example.vn' }));
    const pending = await submit(comment(open.documentId, { fullName: 'Người đang chờ' }));
    expect([approved.status, rejected.status, pending.status]).toEqual([201, 201, 201]);
    const stored = await storedComments(open.documentId);
    const byName = (name: string) => stored.find((c) => c.fullName === name)!.documentId;
    for (const [name, status] of [['Người được duyệt', 'approved'], ['Người bị từ chối', 'rejected']]) {
      const update = await api(`/api/comments/${byName(name!)}`, { as: 'full', method: 'PUT', data: { moderationStatus: status } });
      expect(update.status).toBe(200);
    }

    const list = await fetch(`${inject('cmsUrl')}/api/public-comments?consultation=${open.documentId}`);
    const body = await list.json();
    expect(body.meta).toEqual({ received: 3, published: 1 });
    expect(body.data.map((c: any) => c.fullName)).toEqual(['Người được duyệt']);
    const text = JSON.stringify(body);
    for (const secret of ['duyet@example.vn', '0987654321', 'tuchoi@example.vn', 'Người bị từ chối', 'Người đang chờ', 'binh.tran@example.vn']) {
      expect(text).not.toContain(secret);
    }

    const counts = await (await fetch(`${inject('cmsUrl')}/api/public-comments/counts`)).json();
    expect(counts.data[open.documentId]).toEqual({ received: 3, published: 1 });
  });

  it('a consultation the public cannot see keeps its comments: no count, no list', async () => {
    const draft = await fixtures.consultation({}, 'draft');
    const stored = await fixtures.comment(draft.documentId, { fullName: 'Người góp ý bản nháp', moderationStatus: 'approved' });
    expect(stored.documentId).toBeTruthy();
    const counts = await (await fetch(`${inject('cmsUrl')}/api/public-comments/counts`)).json();
    expect(counts.data).not.toHaveProperty(draft.documentId);
    const list = await fetch(`${inject('cmsUrl')}/api/public-comments?consultation=${draft.documentId}`);
    expect(list.status).toBe(404);
    const body = await list.text();
    expect(body).toContain('Không có dự thảo đang công bố với mã này.');
    expect(body).not.toContain('Người góp ý bản nháp');
  });

  it('the full-access API strips email and phone too (they are private in the schema)', async () => {
    const open = await openConsultation();
    await submit(comment(open.documentId));
    const [stored] = await storedComments(open.documentId);
    expect(stored).not.toHaveProperty('email');
    expect(stored).not.toHaveProperty('phone');
  });
});
