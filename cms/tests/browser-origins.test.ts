import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';

// What a page in someone's browser may do with the CMS. The public site's origin (here
// http://portal.test, CORS_ORIGINS) may send comments and nothing else, never with the
// visitor's credentials: a script on the site, an editor's or anyone's, must not reach an
// admin's session. Another site may not even post the comment form.

const site = 'http://portal.test';
const elsewhere = 'https://evil.example';
const DAY = 86_400_000;
let clients = 0;

const call = (path: string, init: RequestInit & { headers?: Record<string, string> }) =>
  fetch(`${inject('cmsUrl')}${path}`, { ...init, headers: { 'X-Forwarded-For': `10.20.${++clients >> 8}.${clients & 255}`, ...init.headers } });

const comment = (consultation: string, fullName: string) => ({
  consultation,
  fullName,
  email: 'nguoi-gop-y@example.vn',
  phone: '0912 345 678',
  section: 'Điều 2',
  content: 'Đề nghị làm rõ Điều 2.',
});

const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('a script on the public site', () => {
  it.each([
    ['POST', '/admin/access-token'],
    ['POST', '/admin/login'],
    ['GET', '/admin/users/me'],
    ['GET', '/content-manager/collection-types/api::comment.comment'],
    ['GET', '/api/articles'],
    ['GET', '/api/public-comments/counts'],
    ['GET', '/upload/files'],
  ])('may not read %s %s: it answers with no CORS header at all', async (method, path) => {
    const preflight = await call(path, { method: 'OPTIONS', headers: { Origin: site, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' } });
    expect(corsHeaders(preflight)).toEqual([]);
    const response = await call(path, { method, headers: { Origin: site, Cookie: 'koa.sess=x' }, ...(method === 'POST' ? { body: '{}' } : {}) });
    expect(corsHeaders(response)).toEqual([]);
  });

  it('may send a comment, and read the answer, but never with credentials', async () => {
    const preflight = await call('/api/public-comments', { method: 'OPTIONS', headers: { Origin: site, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(site);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const consultation = await fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });
    const response = await call('/api/public-comments', {
      method: 'POST',
      headers: { Origin: site, 'Content-Type': 'application/json' },
      body: JSON.stringify(comment(consultation.documentId, 'Lê Văn Cường')),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(site);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('another site', () => {
  it('gets no CORS answer even for the comment route', async () => {
    const preflight = await call('/api/public-comments', { method: 'OPTIONS', headers: { Origin: elsewhere, 'Access-Control-Request-Method': 'POST' } });
    expect(corsHeaders(preflight)).toEqual([]);
  });

  it.each([
    ['its Origin', { Origin: elsewhere }],
    ['an opaque Origin (a sandboxed frame)', { Origin: 'null' }],
    ['no Origin, but marked cross-site by the browser', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('may not post the comment form: %s is refused in Vietnamese', async (_name, headers) => {
    const consultation = await fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });
    const response = await call('/api/public-comments', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(comment(consultation.documentId, 'Kẻ Giả')).toString(),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Góp ý chỉ gửi được từ biểu mẫu trên Cổng Thông tin điện tử.');
  });

  it('a form post from the site itself, with or without an Origin, is taken', async () => {
    const consultation = await fixtures.consultation({ openingAt: new Date(Date.now() - DAY).toISOString(), closingAt: new Date(Date.now() + 30 * DAY).toISOString() });
    for (const headers of [{ Origin: site, 'Sec-Fetch-Site': 'same-site' }, {}]) {
      const response = await call('/api/public-comments', {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(comment(consultation.documentId, 'Phạm Thị Dung')).toString(),
      });
      expect(response.status).toBe(201);
    }
  });
});
