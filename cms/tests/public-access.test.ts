import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, create, unique, upload } from './rest';

// A 1×1 PNG: a real file for the media library.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('what the public may read', () => {
  it('reads published articles but never their drafts, even when asking for drafts', async () => {
    const title = `Tin đã xuất bản ${unique()}`;
    const published = await create('articles', { title, body: fixtures.paragraphs('Nội dung.') });
    const draft = await create('articles', { title: `Bản nháp ${unique()}`, body: fixtures.paragraphs('Nháp.') }, { status: 'draft' });

    const list = await api('/api/articles?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const ids = list.body.data.map((a: any) => a.documentId);
    expect(ids).toContain(published.documentId);
    expect(ids).not.toContain(draft.documentId);

    const askingForDrafts = await api('/api/articles?status=draft&pagination[pageSize]=100');
    expect(askingForDrafts.body.data.map((a: any) => a.documentId)).not.toContain(draft.documentId);
    expect(askingForDrafts.body.data.every((a: any) => a.publishedAt)).toBe(true);

    expect((await api(`/api/articles/${draft.documentId}`)).status).toBe(404);
    expect((await api(`/api/articles/${draft.documentId}?status=draft`)).status).toBe(404);
    // A full-access token (the import scripts) does see it.
    expect((await api(`/api/articles/${draft.documentId}?status=draft`, { as: 'full' })).body.data.title).toBe(draft.title);
  });

  it('reads every public content type', async () => {
    for (const path of [
      'articles', 'categories', 'tags', 'documents', 'agencies', 'fields', 'document-types',
      'gazette-issues', 'consultations', 'pages',
    ]) {
      expect((await api(`/api/${path}`)).status, path).toBe(200);
    }
  });

  it('cannot read comments at all', async () => {
    const open = await fixtures.consultation();
    await fixtures.comment(open.documentId, { moderationStatus: 'approved' });
    expect((await api('/api/comments')).status).toBe(403);
    const populated = await api(`/api/consultations/${open.documentId}?populate=comments`);
    expect(populated.status).toBe(200);
    expect(populated.body.data.comments).toBeUndefined();
  });

  it('cannot create, change or delete anything', async () => {
    const article = await create('articles', { title: `Tin ${unique()}`, body: fixtures.paragraphs('x') });
    const attempts = [
      api('/api/articles', { method: 'POST', data: { title: 'Tin giả mạo', body: fixtures.paragraphs('x') } }),
      api(`/api/articles/${article.documentId}`, { method: 'PUT', data: { title: 'Sửa trái phép' } }),
      api(`/api/articles/${article.documentId}`, { method: 'DELETE' }),
      api('/api/comments', { method: 'POST', data: { fullName: 'A', email: 'a@b.vn', content: 'x' } }),
      api('/api/site-setting', { method: 'PUT', data: { portalName: 'Giả mạo' } }),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(403);
      expect(reply.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    }
    expect((await api(`/api/articles/${article.documentId}`)).body.data.title).toBe(article.title);
  });

  it('cannot sign up, upload files or list users', async () => {
    const signUp = await api('/api/auth/local/register', {
      method: 'POST',
      body: JSON.stringify({ username: 'x', email: 'x@example.vn', password: 'Matkhau123' }),
    });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect((await api('/api/users')).status).toBe(403);
    expect((await api('/api/upload/files')).status).toBe(403);
  });
});

describe('the site build’s read-only token', () => {
  it('reads comments without their email or phone', async () => {
    const open = await fixtures.consultation();
    const created = await fixtures.comment(open.documentId);
    const reply = await api(`/api/comments/${created.documentId}`, { as: 'site' });
    expect(reply.status).toBe(200);
    expect(reply.body.data.fullName).toBe('Nguyễn Văn An');
    expect(reply.body.data).not.toHaveProperty('email');
    expect(reply.body.data).not.toHaveProperty('phone');
    const list = await api('/api/comments?pagination[pageSize]=100', { as: 'site' });
    expect(JSON.stringify(list.body)).not.toContain('nguyenvanan@example.vn');
    expect(JSON.stringify(list.body)).not.toContain('0912345678');
  });

  it('reads only published content', async () => {
    const draft = await create('pages', { title: `Trang nháp ${unique()}`, body: fixtures.paragraphs('x') }, { status: 'draft' });
    const list = await api('/api/pages?status=draft', { as: 'site' });
    expect(list.body.data.map((p: any) => p.documentId)).not.toContain(draft.documentId);
  });

  it('cannot write', async () => {
    const reply = await api('/api/pages', { as: 'site', method: 'POST', data: { title: 'x', body: fixtures.paragraphs('x') } });
    expect(reply.status).toBe(403);
  });

  it('is required for what the build reads beyond public content', async () => {
    expect((await api('/api/comments')).status).toBe(403);
    expect((await api('/api/comments', { as: 'site' })).status).toBe(200);
  });

  it('lists the media library a page at a time, with when each file last changed, and may do nothing else to it', async () => {
    const stored = await upload(`anh-${unique()}.png`, png, 'image/png');
    const list = await api(`/api/upload/files/page?fields[0]=url&fields[1]=updatedAt&filters[id][$eq]=${stored.id}`, { as: 'site' });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ id: stored.id, url: stored.url, updatedAt: expect.any(String) });
    expect(list.body.data[0]).not.toHaveProperty('name');
    expect(list.body.meta.pagination).toMatchObject({ total: 1 });
    expect((await api('/api/upload/files/page')).status).toBe(403);
    expect((await api(`/api/upload/files/${stored.id}`, { as: 'site', method: 'DELETE' })).status).toBe(403);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'gia-mao.png');
    expect((await api('/api/upload', { as: 'site', method: 'POST', body: form })).status).toBe(403);
  });
});
