import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, create, unique, upload } from './rest';

// Component sites (#15): each xã's and sở's editors work in one CMS, and the editor of xã A
// must not read, list, filter, relate, edit, publish, clone, delete or upload into xã B's
// content, through any admin route; the Information Center's editor works across units.

const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

async function admin(jwt: string, path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers: { Authorization: `Bearer ${jwt}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;

// One entry of each type a unit's editor writes, in the unit given.
const kinds = {
  'api::article.article': { plural: 'articles', data: () => ({ title: `Tin của xã ${unique()}`, body: fixtures.paragraphs('Nội dung.') }) },
  'api::page.page': { plural: 'pages', data: () => ({ title: `Giới thiệu ${unique()}`, body: fixtures.paragraphs('Nội dung.') }) },
  'api::document.document': { plural: 'documents', data: () => ({ number: `${Math.floor(Math.random() * 900000) + 100}/TB-UBND`, excerpt: 'Trích yếu', issuedDate: '2026-11-02' }) },
  'api::consultation.consultation': {
    plural: 'consultations',
    data: () => ({ title: `Dự thảo của xã ${unique()}`, openingAt: '2026-11-01T00:00:00+07:00', closingAt: '2026-12-31T17:00:00+07:00' }),
  },
} as const;
type Kind = keyof typeof kinds;
const uids = Object.keys(kinds) as Kind[];

const entryOf = (uid: Kind, unitDocumentId: string, status: 'published' | 'draft' = 'published') =>
  create<{ documentId: string }>(kinds[uid].plural, { ...kinds[uid].data(), unit: unitDocumentId }, { status });

const unitOf = async (uid: Kind, documentId: string) =>
  (await api(`/api/${kinds[uid].plural}/${documentId}?status=draft&populate[unit][fields][0]=hostLabel`, { as: 'full' })).body?.data?.unit?.hostLabel;

let unitA: Awaited<ReturnType<typeof fixtures.unit>>;
let unitB: Awaited<ReturnType<typeof fixtures.unit>>;
let editorA: { id: number; jwt: string };
let center: string;

beforeAll(async () => {
  unitA = await fixtures.unit();
  unitB = await fixtures.unit();
  editorA = await fixtures.unitEditor(unitA.documentId);
  center = await fixtures.adminWithRole('cong-editor');
});

describe.each(uids)("xã A's editor and xã B's %s", (uid) => {
  it('lists and counts only xã A’s entries, however the list is filtered', async () => {
    const mine = await entryOf(uid, unitA.documentId);
    const theirs = await entryOf(uid, unitB.documentId);
    const list = await admin(editorA.jwt, cm(uid, '?page=1&pageSize=100&sort=updatedAt:desc'));
    expect(list.status).toBe(200);
    const ids = list.body.results.map((entry: { documentId: string }) => entry.documentId);
    expect(ids).toContain(mine.documentId);
    expect(ids).not.toContain(theirs.documentId);
    const filtered = await admin(editorA.jwt, cm(uid, `?filters[unit][documentId][$eq]=${unitB.documentId}`));
    expect(filtered.body.pagination.total).toBe(0);
    const byId = await admin(editorA.jwt, cm(uid, `?filters[documentId][$eq]=${theirs.documentId}`));
    expect(byId.body.pagination.total).toBe(0);
    // Nor through a shared list: a category's (or agency's) entries are no filter of theirs.
    const shared = uid === 'api::article.article' ? ['api::category.category', 'articles', 'title'] : uid === 'api::document.document' ? ['api::agency.agency', 'documents', 'excerpt'] : null;
    if (shared) {
      const [list, field, text] = shared;
      const total = async (value: string) => (await admin(editorA.jwt, cm(list!, `?filters[${field}][${text}][$startsWith]=${encodeURIComponent(value)}`))).body.pagination.total;
      const theirText = (await api(`/api/${kinds[uid].plural}/${theirs.documentId}`, { as: 'full' })).body.data[text!];
      expect(await total(theirText.slice(0, 8))).toBe(await total('khong-co-muc-nao-nhu-the'));
    }
  });

  it('cannot open, edit, publish, unpublish, clone or delete one, and is told why in Vietnamese', async () => {
    const theirs = await entryOf(uid, unitB.documentId);
    const path = cm(uid, `/${theirs.documentId}`);
    const attempts = [
      await admin(editorA.jwt, path),
      await admin(editorA.jwt, path, { method: 'PUT', body: { title: 'Sửa trộm', excerpt: 'Sửa trộm' } }),
      await admin(editorA.jwt, `${path}/actions/publish`, { method: 'POST', body: {} }),
      await admin(editorA.jwt, `${path}/actions/unpublish`, { method: 'POST', body: {} }),
      await admin(editorA.jwt, cm(uid, `/clone/${theirs.documentId}`), { method: 'POST', body: {} }),
      await admin(editorA.jwt, path, { method: 'DELETE' }),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(403);
      expect(attempt.body.error.message).toMatch(vietnamese);
    }
    expect(await unitOf(uid, theirs.documentId)).toBe(unitB.hostLabel);
    // Nor learns it exists: its page in a locale it lacks, the bulk dialog's check, its counts.
    for (const attempt of [
      await admin(editorA.jwt, `${path}?locale=en`),
      await admin(editorA.jwt, cm(uid, '/actions/bulkFindForValidation'), { method: 'POST', body: { documentIds: [theirs.documentId], locale: 'vi' } }),
      await admin(editorA.jwt, cm(uid, `/actions/countManyEntriesDraftRelations?documentIds[0]=${theirs.documentId}&locale=vi`)),
    ]) expect(attempt.status).toBe(403);
    const stored = (await api(`/api/${kinds[uid].plural}/${theirs.documentId}`, { as: 'full' })).body.data;
    expect(stored.title ?? stored.excerpt).not.toBe('Sửa trộm');
  });

  it('cannot bulk-publish, bulk-unpublish or bulk-delete one along with its own', async () => {
    const mine = await entryOf(uid, unitA.documentId, 'draft');
    const theirs = await entryOf(uid, unitB.documentId, 'draft');
    const documentIds = [mine.documentId, theirs.documentId];
    for (const action of ['bulkPublish', 'bulkUnpublish', 'bulkDelete']) {
      await admin(editorA.jwt, cm(uid, `/actions/${action}`), { method: 'POST', body: { documentIds } });
    }
    const still = await api(`/api/${kinds[uid].plural}/${theirs.documentId}?status=draft`, { as: 'full' });
    expect(still.status).toBe(200);
    const published = await api(`/api/${kinds[uid].plural}/${theirs.documentId}?status=published`, { as: 'full' });
    expect(published.status).toBe(404);
  });

  it('cannot create one in xã B, nor move its own there, and nothing is saved', async () => {
    const made = await admin(editorA.jwt, cm(uid), {
      method: 'POST',
      body: { ...kinds[uid].data(), unit: { connect: [{ documentId: unitB.documentId }] } },
    });
    expect(made.status).toBe(403);
    expect(made.body.error.message).toMatch(vietnamese);
    const mine = await entryOf(uid, unitA.documentId, 'draft');
    const moved = await admin(editorA.jwt, cm(uid, `/${mine.documentId}`), {
      method: 'PUT',
      body: { unit: { connect: [{ documentId: unitB.documentId }], disconnect: [{ documentId: unitA.documentId }] } },
    });
    expect(moved.status).toBe(403);
    expect(await unitOf(uid, mine.documentId)).toBe(unitA.hostLabel);
  });

  it('creates, edits, publishes and unpublishes in its own unit, and the Center’s editor works in both', async () => {
    const made = await admin(editorA.jwt, cm(uid), { method: 'POST', body: kinds[uid].data() });
    expect(made.status).toBe(201);
    const own = cm(uid, `/${made.body.data.documentId}`);
    expect(await unitOf(uid, made.body.data.documentId)).toBe(unitA.hostLabel);
    expect((await admin(editorA.jwt, own)).status).toBe(200);
    expect((await admin(editorA.jwt, own, { method: 'PUT', body: { summary: 'Sửa tóm tắt', excerpt: 'Sửa trích yếu' } })).status).toBe(200);
    expect((await admin(editorA.jwt, `${own}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
    expect((await admin(editorA.jwt, `${own}/actions/unpublish`, { method: 'POST', body: {} })).status).toBe(200);
    const second = await entryOf(uid, unitA.documentId, 'draft');
    const bulk = await admin(editorA.jwt, cm(uid, '/actions/bulkPublish'), { method: 'POST', body: { documentIds: [second.documentId] } });
    expect(bulk.status).toBe(200);
    expect((await api(`/api/${kinds[uid].plural}/${second.documentId}`, { as: 'full' })).status).toBe(200);

    const provincial = await admin(center, cm(uid), { method: 'POST', body: kinds[uid].data() });
    expect(provincial.status).toBe(201);
    expect(await unitOf(uid, provincial.body.data.documentId)).toBe('tinh');

    const theirs = await entryOf(uid, unitB.documentId, 'draft');
    expect((await admin(center, cm(uid, `/${theirs.documentId}`))).status).toBe(200);
    const edited = await admin(center, cm(uid, `/${theirs.documentId}`), { method: 'PUT', body: { unit: { connect: [{ documentId: unitA.documentId }] } } });
    expect(edited.status).toBe(200);
    expect(await unitOf(uid, theirs.documentId)).toBe(unitA.hostLabel);
  });
});

describe("xã A's news on the provincial home page", () => {
  it('is proposed by xã A’s editor, who cannot take it there; the Center’s editor does', async () => {
    const made = await admin(editorA.jwt, cm('api::article.article'), {
      method: 'POST',
      body: { ...kinds['api::article.article'].data(), proposedForPortal: true, onPortal: true },
    });
    expect(made.status).toBe(201);
    const id = made.body.data.documentId;
    const stored = async () => (await api(`/api/articles/${id}?status=draft`, { as: 'full' })).body.data;
    expect(await stored()).toMatchObject({ proposedForPortal: true, onPortal: false });
    await admin(editorA.jwt, cm('api::article.article', `/${id}`), { method: 'PUT', body: { onPortal: true } });
    expect((await stored()).onPortal).toBe(false);
    const taken = await admin(center, cm('api::article.article', `/${id}`), { method: 'PUT', body: { onPortal: true } });
    expect(taken.status).toBe(200);
    expect((await stored()).onPortal).toBe(true);
  });
});

describe("xã A's editor and the i18n plugin's routes", () => {
  it("fills in from another locale only from its own entries, and changes none of the portal's language settings", async () => {
    const rowId = async (documentId: string) => (await api(`/api/documents/${documentId}?status=draft`, { as: 'full' })).body.data.id;
    const theirs = await entryOf('api::document.document', unitB.documentId, 'draft');
    const mine = await entryOf('api::document.document', unitA.documentId, 'draft');
    const fill = (id: number) =>
      admin(editorA.jwt, '/i18n/content-manager/actions/get-non-localized-fields', { method: 'POST', body: { model: 'api::document.document', id, locale: 'en' } });
    const refused = await fill(await rowId(theirs.documentId));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(vietnamese);
    expect((await fill(await rowId(mine.documentId))).status).toBe(200);
    const settings = await admin(editorA.jwt, '/i18n/settings', { method: 'PUT', body: { aiLocalizations: true } });
    expect(settings.status).toBe(403);
  });
});

describe("xã A's editor and the units", () => {
  it('gets a new unit’s starter pages, drafts in that unit, with the unit', async () => {
    const commune = await fixtures.unit();
    const pages = await api(`/api/pages?status=draft&filters[unit][documentId][$eq]=${commune.documentId}&sort=order:asc&pagination[pageSize]=50`, { as: 'full' });
    expect(pages.body.data.map((page: { title: string }) => page.title)).toEqual([
      'Giới thiệu', 'Cơ cấu tổ chức', 'Chức năng, nhiệm vụ', 'Lãnh đạo',
      'Bản đồ địa giới hành chính', 'Lịch sử', 'Văn hóa', 'Di tích, danh thắng', 'Liên hệ',
    ]);
    const published = await api(`/api/pages?filters[unit][documentId][$eq]=${commune.documentId}`, { as: 'full' });
    expect(published.body.data).toEqual([]);
  });

  it("picks only its own units in an entry's unit field, and cannot open another", async () => {
    const picker = await admin(editorA.jwt, '/content-manager/relations/api::article.article/unit?pageSize=100');
    expect(picker.status).toBe(200);
    const offered = picker.body.results.map((unit: { documentId: string }) => unit.documentId);
    expect(offered).toEqual([unitA.documentId]);
    expect((await admin(editorA.jwt, cm('api::unit.unit', `/${unitB.documentId}`))).status).toBe(403);
    const renamed = await admin(editorA.jwt, cm('api::unit.unit', `/${unitA.documentId}`), { method: 'PUT', body: { fullName: 'Đổi tên' } });
    expect(renamed.status).toBe(403);
  });

  it("cannot link its document to xã B's (the link would show on B's page)", async () => {
    const theirs = await entryOf('api::document.document', unitB.documentId);
    const picker = await admin(editorA.jwt, '/content-manager/relations/api::document.document/replaces?pageSize=100');
    expect(picker.body.results.map((entry: { documentId: string }) => entry.documentId)).not.toContain(theirs.documentId);
    const mine = await entryOf('api::document.document', unitA.documentId, 'draft');
    const linked = await admin(editorA.jwt, cm('api::document.document', `/${mine.documentId}`), {
      method: 'PUT',
      body: { replaces: { connect: [{ documentId: theirs.documentId }] } },
    });
    expect(linked.status).toBe(403);
    expect(linked.body.error.message).toMatch(vietnamese);
  });
});

describe("xã A's editor in the media library", () => {
  const png = () =>
    Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

  async function uploadAs(jwt: string, name: string) {
    const form = new FormData();
    form.append('files', new Blob([png()], { type: 'image/png' }), name);
    const response = await fetch(`${inject('cmsUrl')}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${jwt}` }, body: form });
    return { status: response.status, body: await response.json() };
  }

  it("sees, changes and deletes only its unit's files; folders are the Center's", async () => {
    const mine = await uploadAs(editorA.jwt, `anh-xa-a-${unique()}.png`);
    expect(mine.status).toBe(201);
    const myFile = mine.body[0];
    const editorB = await fixtures.unitEditor(unitB.documentId);
    const theirs = (await uploadAs(editorB.jwt, `anh-xa-b-${unique()}.png`)).body[0];
    const province = await upload(`anh-tinh-${unique()}.png`, png(), 'image/png');

    const list = await admin(editorA.jwt, '/upload/files?pageSize=100&sort=createdAt:desc');
    const listed = list.body.results.map((file: { id: number }) => file.id);
    expect(listed).toContain(myFile.id);
    expect(listed).not.toContain(theirs.id);
    expect(listed).not.toContain(province.id);

    const attempts = [
      await admin(editorA.jwt, `/upload/files/${theirs.id}`),
      await admin(editorA.jwt, `/upload/files/${theirs.id}`, { method: 'DELETE' }),
      await admin(editorA.jwt, '/upload/actions/bulk-delete', { method: 'POST', body: { fileIds: [myFile.id, theirs.id], folderIds: [] } }),
      await admin(editorA.jwt, '/upload/actions/bulk-move', { method: 'POST', body: { fileIds: [theirs.id], folderIds: [], destinationFolderId: null } }),
      await admin(editorA.jwt, '/upload/folders', { method: 'POST', body: { name: `Thư mục ${unique()}`, parent: null } }),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(403);
      expect(attempt.body.error.message).toMatch(vietnamese);
    }
    const updateForm = new FormData();
    updateForm.append('fileInfo', JSON.stringify({ alternativeText: 'Sửa trộm' }));
    const renamed = await fetch(`${inject('cmsUrl')}/upload?id=${theirs.id}`, { method: 'POST', headers: { Authorization: `Bearer ${editorA.jwt}` }, body: updateForm });
    expect(renamed.status).toBe(403);
    // Both files are still there, as they were.
    for (const id of [myFile.id, theirs.id]) expect((await api(`/api/upload/files/${id}`, { as: 'full' })).status).toBe(200);
    expect((await api(`/api/upload/files/${theirs.id}`, { as: 'full' })).body.alternativeText).not.toBe('Sửa trộm');

    // Nor shown by its id on xã A's own entries (ids are sequential: any file of the library).
    const borrowed = await admin(editorA.jwt, cm('api::article.article'), {
      method: 'POST',
      body: { ...kinds['api::article.article'].data(), cover: { image: theirs.id, alt: 'Ảnh' }, gallery: [{ image: province.id, alt: 'Ảnh' }] },
    });
    expect(borrowed.status).toBe(403);
    expect(borrowed.body.error.message).toContain('thư viện của đơn vị khác');
    const own = await admin(editorA.jwt, cm('api::article.article'), { method: 'POST', body: { ...kinds['api::article.article'].data(), cover: { image: myFile.id, alt: 'Ảnh' } } });
    expect(own.status).toBe(201);
    const swapped = await admin(editorA.jwt, cm('api::article.article', `/${own.body.data.documentId}`), { method: 'PUT', body: { cover: { image: theirs.id, alt: 'Ảnh' } } });
    expect(swapped.status).toBe(403);
    const document = await admin(editorA.jwt, cm('api::document.document'), { method: 'POST', body: { ...kinds['api::document.document'].data(), files: [province.id] } });
    expect(document.status).toBe(403);
    // A file the Center put on xã A's entry stays there when xã A's editor edits the entry.
    const centerArticle = await entryOf('api::article.article', unitA.documentId, 'draft');
    await admin(center, cm('api::article.article', `/${centerArticle.documentId}`), { method: 'PUT', body: { cover: { image: province.id, alt: 'Ảnh' } } });
    const kept = await admin(editorA.jwt, cm('api::article.article', `/${centerArticle.documentId}`), { method: 'PUT', body: { summary: 'Sửa tóm tắt', cover: { image: province.id, alt: 'Ảnh' } } });
    expect(kept.status).toBe(200);

    const mineDeleted = await admin(editorA.jwt, `/upload/files/${myFile.id}`, { method: 'DELETE' });
    expect(mineDeleted.status).toBe(200);
  });
});

describe("xã A's editor on the admin home page", () => {
  type Counts = { draft: number; published: number; modified: number };
  const counts = async (jwt: string): Promise<Counts> => (await admin(jwt, '/content-manager/homepage/count-documents')).body.data;
  // The shared lists (categories, agencies…) count for every editor, and other spec files add
  // to them meanwhile: a unit's own entries are what its editor counts beyond the editor of a
  // unit with none, read until a reading before and after agree.
  let editorC: { id: number; jwt: string };
  const ownCounts = async (jwt: string): Promise<Counts> => {
    for (;;) {
      const [before, none, after] = [await counts(jwt), await counts(editorC.jwt), await counts(jwt)];
      if (JSON.stringify(before) !== JSON.stringify(after)) continue;
      return { draft: before.draft - none.draft, published: before.published - none.published, modified: before.modified - none.modified };
    }
  };

  it("counts only its units' entries, and is refused the project's statistics, which a super admin gets", async () => {
    editorC = await fixtures.unitEditor((await fixtures.unit()).documentId);
    const before = await ownCounts(editorA.jwt);
    await entryOf('api::article.article', unitB.documentId);
    await entryOf('api::page.page', unitB.documentId, 'draft');
    expect(await ownCounts(editorA.jwt)).toEqual(before);
    await entryOf('api::article.article', unitA.documentId);
    await entryOf('api::page.page', unitA.documentId, 'draft');
    // A new published entry may count as published or modified, as Strapi tells them apart by time.
    const after = await ownCounts(editorA.jwt);
    expect(after.draft).toBe(before.draft + 1);
    expect(after.published + after.modified).toBe(before.published + before.modified + 1);

    // Every unit's, xã B's among them, for the Center's editor.
    const total = ({ draft, published, modified }: Counts) => draft + published + modified;
    expect(total(await counts(center))).toBeGreaterThan(total(await counts(editorA.jwt)));

    // However the path is written: the router matches it without regard to case or a trailing slash.
    for (const path of ['/admin/homepage/key-statistics', '/admin/homepage/key-statistics/', '/ADMIN/Homepage/KEY-statistics']) {
      const statistics = await admin(editorA.jwt, path);
      expect(statistics.status, path).toBe(403);
      expect(statistics.body.data, path).toBeNull();
      expect(statistics.body.error.message, path).toMatch(vietnamese);
    }
    expect((await admin(inject('adminJwt'), '/admin/homepage/key-statistics')).body.data.admins).toBeGreaterThan(0);
  });
});
