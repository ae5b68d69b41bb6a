import { inject } from 'vitest';
import { create, unique } from './rest';

// Small builders for the entries several specs need, each unique to its caller.

export async function agency(name = `Văn phòng UBND tỉnh ${unique()}`, abbreviation = 'VP') {
  return create('agencies', { name, abbreviation });
}

export async function documentType(name = 'Thông báo', abbreviation = 'TB') {
  return create('document-types', { name: `${name} ${unique()}`, abbreviation });
}

export async function legalDocument(data: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
  return create('documents', { excerpt: 'Trích yếu văn bản kiểm thử', issuedDate: '2020-12-21', ...data }, { status });
}

export async function consultation(data: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') {
  return create(
    'consultations',
    {
      title: `Dự thảo Quyết định quy định mức chi ${unique()}`,
      openingAt: '2026-11-01T00:00:00+07:00',
      closingAt: '2026-12-31T17:00:00+07:00',
      ...data,
    },
    { status },
  );
}

export async function comment(consultationId: string, data: Record<string, unknown> = {}) {
  return create('comments', {
    consultation: consultationId,
    fullName: 'Nguyễn Văn An',
    email: 'nguyenvanan@example.vn',
    phone: '0912345678',
    content: 'Đề nghị làm rõ khoản 2 Điều 3.',
    ...data,
  });
}

/** A paragraph of Strapi "blocks" rich text. */
export function paragraphs(...texts: string[]) {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** An admin user of a role, created and registered through the admin API; returns their JWT. */
export async function adminWithRole(code: string): Promise<string> {
  return (await adminUser(code)).jwt;
}

/** An admin user of a role, created and registered through the admin API: their id and JWT. */
export async function adminUser(code: string): Promise<{ id: number; jwt: string }> {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${inject('adminJwt')}` };
  const roles = (await (await fetch(`${inject('cmsUrl')}/admin/roles`, { headers })).json()).data;
  const role = roles.find((candidate: any) => candidate.code === code);
  const email = `${code}-${unique()}@cong.test`.toLowerCase();
  const created = await (await fetch(`${inject('cmsUrl')}/admin/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, firstname: 'Kiểm', lastname: 'Thử', roles: [role.id] }),
  })).json();
  const registered = await (await fetch(`${inject('cmsUrl')}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken: created.data.registrationToken, userInfo: { firstname: 'Kiểm', lastname: 'Thử', password: 'Matkhau-Kiem-Thu-1' } }),
  })).json();
  return { id: created.data.id, jwt: registered.data.token };
}

/** A unit of the province (a xã unless told otherwise), created with the full-access token. */
export async function unit(data: Record<string, unknown> = {}) {
  const name = `Ủy ban nhân dân xã Thử ${unique()}`;
  return create<{ id: number; documentId: string; fullName: string; hostLabel: string }>('units', { kind: 'commune', fullName: name, ...data });
}

/** An editor of these units only (the unit Editor role, member of each): their id and JWT. */
export async function unitEditor(...unitDocumentIds: string[]): Promise<{ id: number; jwt: string }> {
  const editor = await adminUser('cong-unit-editor');
  for (const documentId of unitDocumentIds) {
    const reply = await fetch(`${inject('cmsUrl')}/content-manager/collection-types/api::unit.unit/${documentId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${inject('adminJwt')}` },
      body: JSON.stringify({ editors: { connect: [{ id: editor.id }] } }),
    });
    if (!reply.ok) throw new Error(`membership of ${documentId} → ${reply.status}: ${await reply.text()}`);
  }
  return editor;
}
