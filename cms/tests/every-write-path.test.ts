import { describe, expect, inject, it } from 'vitest';
import { sql } from './database';
import * as fixtures from './fixtures';
import { api, create, unique } from './rest';

// The portal's rules hold however an Editor (Biên tập viên) stores content in the admin: not
// only its save button, but its clone ("Nhân bản") and bulk publish buttons too.

const documents = 'api::document.document';
const gazette = 'api::gazette-issue.gazette-issue';

/** Calls the admin's content-manager API as an editor. */
async function contentManager(jwt: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${inject('cmsUrl')}/content-manager/collection-types/${path}`, {
    method,
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function stored(pluralName: string, filter: string) {
  return (await api(`/api/${pluralName}?${filter}&status=draft&pagination[pageSize]=100`, { as: 'full' })).body.data as any[];
}

describe('cloning in the admin', () => {
  it('refuses a copy of a document that keeps its number: the same agency and year already have it', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const number = '881/TB-VP';
    const agency = await fixtures.agency();
    const source = await fixtures.legalDocument({ number, issuingAgency: agency.documentId });

    const reply = await contentManager(editor, 'POST', `${documents}/clone/${source.documentId}`, {});
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe(`Số ký hiệu "${number}" đã được dùng cho một văn bản khác của cùng cơ quan ban hành trong năm 2020.`);
    expect(await stored('documents', `filters[issuingAgency][documentId][$eq]=${agency.documentId}`)).toHaveLength(1);
  });

  it('refuses a copy given a number in the wrong format', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const source = await fixtures.legalDocument({ number: '882/TB-VP', issuingAgency: (await fixtures.agency()).documentId });
    const reply = await contentManager(editor, 'POST', `${documents}/clone/${source.documentId}`, { number: 'số mới' });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['number']);
    expect(reply.body.error.message).toContain('không đúng định dạng');
  });

  it('refuses a second gazette issue 12/2024', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    // A year no other spec files an issue in (signatures.test.ts counts up from 2041): the
    // count below is of every issue of that year, and the specs share one CMS.
    const year = 2100 + Math.floor(Math.random() * 100);
    const source = await create('gazette-issues', { number: 12, year, publicationDate: `${year}-05-01` }, { status: 'draft' });
    const reply = await contentManager(editor, 'POST', `${gazette}/clone/${source.documentId}`, {});
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe(`Số Công báo 12 năm ${year} đã có. Mỗi số chỉ được dùng một lần trong năm.`);
    expect(await stored('gazette-issues', `filters[year][$eq]=${year}`)).toHaveLength(1);
  });

  it('refuses a copy that keeps the address (slug) of the one it copies', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const source = await create('articles', { title: `Tin để nhân bản ${unique()}`, body: fixtures.paragraphs('Nội dung.') });
    const reply = await contentManager(editor, 'POST', `api::article.article/clone/${source.documentId}`, { slug: source.slug });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['slug']);
    expect(reply.body.error.message).toBe(`Đường dẫn (slug) "${source.slug}" đã được dùng cho một mục khác. Hãy sửa lại, hoặc để trống để Cổng tự tạo.`);
  });

  it('stores a copy given its own number, with an address of its own', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const agency = await fixtures.agency();
    const source = await fixtures.legalDocument({ number: '871/TB-VP', issuingAgency: agency.documentId });
    const reply = await contentManager(editor, 'POST', `${documents}/clone/${source.documentId}`, { number: ' 872 / TB-VP ' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({ number: '872/TB-VP', slug: expect.stringMatching(/^872-tb-vp-2020/), excerpt: source.excerpt });
  });
});

describe('publishing in the admin', () => {
  it('checks the draft it makes public: a link stored by a path that skipped the rules keeps it unpublished', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const draft = await create('articles', { title: `Tin có liên kết ${unique()}`, body: fixtures.paragraphs('Nội dung.') }, { status: 'draft' });
    const body = [{ type: 'paragraph', children: [{ type: 'link', url: '/\\evil.example/x', children: [{ type: 'text', text: 'Xem' }] }] }];
    await sql('UPDATE articles SET body = ? WHERE document_id = ?', [JSON.stringify(body), draft.documentId]);

    const reply = await contentManager(editor, 'POST', 'api::article.article/actions/bulkPublish', { documentIds: [draft.documentId] });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain('Liên kết "/\\evil.example/x" trong Nội dung: trông như đường dẫn trong Cổng nhưng trình duyệt sẽ mở trang evil.example.');
    expect((await api(`/api/articles/${draft.documentId}`)).status).toBe(404);
  });
});
