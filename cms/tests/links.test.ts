import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, unique } from './rest';

// Links an editor saves are the links the site shows: the CMS refuses what the site would drop
// (the variants themselves are @cong/shared's safe-link.test.ts; here, that every field obeys).

const linked = (url: string) => [
  { type: 'paragraph', children: [{ type: 'text', text: 'Xem ' }, { type: 'link', url, children: [{ type: 'text', text: 'tại đây' }] }] },
];
const article = (body: unknown) => api('/api/articles', { as: 'full', method: 'POST', data: { title: `Tin có liên kết ${unique()}`, body } });

describe('links in rich text', () => {
  it.each(['/\\evil.example/x', '/\t/evil.example', '\\\\evil.example', '//evil.example', ' javascript:alert(1)', 'java\nscript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '&#x2F;&#x2F;evil.example'])(
    'refuses %j, naming it in Vietnamese',
    async (url) => {
      const reply = await article(linked(url));
      expect(reply.status).toBe(400);
      expect(reply.body.error.details.errors[0].path).toEqual(['body']);
      expect(reply.body.error.message).toMatch(/^Liên kết ".*" trong Nội dung: .+ Chỉ dùng địa chỉ bắt đầu bằng https:\/\/, http:\/\/, mailto: hoặc tel:, hoặc đường dẫn trong Cổng bắt đầu bằng \//);
    },
  );

  it('says where a look-alike path would take the reader, with the hidden characters spelled out', async () => {
    expect((await article(linked('/\t/evil.example'))).body.error.message).toContain('Liên kết "/\\u0009/evil.example" trong Nội dung: có ký tự điều khiển');
    expect((await article(linked('/\\evil.example/x'))).body.error.message).toContain('trình duyệt sẽ mở trang evil.example.');
  });

  it.each(['https://chinhphu.vn/', 'mailto:vanphong@tinh.gov.vn', 'tel:02553822111', '/van-ban/1730-tb-vp', '/%5Cx'])('stores %j', async (url) => {
    const reply = await article(linked(url));
    expect(reply.status).toBe(201);
    expect(reply.body.data.body[0].children[1].url).toBe(url);
  });

  it("says Strapi's own refusal (of an in-page anchor) the same way", async () => {
    const reply = await article(linked('#dieu-3'));
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/^Liên kết "#dieu-3" trong Nội dung: không phải một địa chỉ hợp lệ. Chỉ dùng địa chỉ/);
  });

  it('finds a link however deep it sits (a list item), in every rich-text field', async () => {
    const list = [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'link', url: '//evil.example', children: [{ type: 'text', text: 'x' }] }] }] }];
    const outcome = await api('/api/consultations', {
      as: 'full',
      method: 'POST',
      data: { title: `Dự thảo ${unique()}`, openingAt: '2026-11-01T00:00:00+07:00', closingAt: '2026-12-31T17:00:00+07:00', outcome: list },
    });
    expect(outcome.status).toBe(400);
    expect(outcome.body.error.message).toContain('trong Kết quả tiếp thu, giải trình:');
  });

  it('checks an edit too, when the link is changed', async () => {
    const created = await article(fixtures.paragraphs('Nội dung.'));
    const reply = await api(`/api/articles/${created.body.data.documentId}`, { as: 'full', method: 'PUT', data: { body: linked('javascript:alert(1)') } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain('dùng giao thức "javascript:", không được phép.');
  });
});

describe('addresses in components', () => {
  it('refuses a social link the footer would not show, naming the item', async () => {
    const reply = await api('/api/site-setting', {
      as: 'full',
      method: 'PUT',
      data: { socialLinks: [{ label: 'Facebook', url: 'https://facebook.com/ubnd' }, { label: 'Giả', url: 'javascript:alert(1)' }] },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['socialLinks', 1, 'url']);
    expect(reply.body.error.message).toContain('Liên kết "javascript:alert(1)" trong Mạng xã hội, mục 2, Đường dẫn:');
  });

  it("refuses a video's address that leaves the site by a look-alike path", async () => {
    const reply = await api('/api/articles', {
      as: 'full',
      method: 'POST',
      data: { title: `Tin có video ${unique()}`, body: fixtures.paragraphs('x'), video: { url: '/\\evil.example/v.mp4' } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain('trong Video, Đường dẫn video:');
  });
});
