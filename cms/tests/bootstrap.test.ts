import { describe, expect, inject, it } from 'vitest';
import { api } from './rest';

async function admin(path: string) {
  const response = await fetch(`${inject('cmsUrl')}${path}`, {
    headers: { Authorization: `Bearer ${inject('adminJwt')}` },
  });
  return (await response.json()) as any;
}

describe('bootstrap', () => {
  it('makes Vietnamese the default locale and English the second', async () => {
    const { body } = await api('/api/i18n/locales', { as: 'full' });
    const locales = Object.fromEntries(body.map((l: any) => [l.code, l.isDefault]));
    expect(locales).toEqual({ vi: true, en: false });
  });

  it('creates an Editor role that writes the portal content but not comments', async () => {
    const { data: roles } = await admin('/admin/roles');
    const editor = roles.find((role: any) => role.code === 'cong-editor');
    expect(editor.name).toBe('Biên tập viên');
    const { data: permissions } = await admin(`/admin/roles/${editor.id}/permissions`);
    const subjects = new Set(permissions.map((p: any) => p.subject));
    for (const uid of ['article', 'document', 'gazette-issue', 'consultation', 'page']) {
      expect(subjects).toContain(`api::${uid}.${uid}`);
    }
    expect(subjects).not.toContain('api::comment.comment');
    expect(permissions.map((p: any) => p.action)).toContain('plugin::content-manager.explorer.publish');
    const updateGazette = permissions.find((p: any) => p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::gazette-issue.gazette-issue');
    expect(updateGazette.properties.fields).toContain('pdf');
    expect(updateGazette.properties.fields).not.toContain('signatureOverride');
    expect(updateGazette.properties.fields).not.toContain('signatureVerdict');
  });

  it("creates a unit Editor role kept to its units by one condition, which never writes the gazette, the shared lists or the portal's choice", async () => {
    const { data: roles } = await admin('/admin/roles');
    const unitEditor = roles.find((role: any) => role.code === 'cong-unit-editor');
    expect(unitEditor.name).toBe('Biên tập viên đơn vị');
    const { data: permissions } = await admin(`/admin/roles/${unitEditor.id}/permissions`);
    const onContent = permissions.filter((p: any) => p.subject && p.action !== 'plugin::content-manager.explorer.read');
    expect(new Set(onContent.map((p: any) => p.subject))).toEqual(new Set(['api::article.article', 'api::document.document', 'api::page.page', 'api::consultation.consultation']));
    for (const permission of onContent) expect(permission.conditions, `${permission.action} ${permission.subject}`).toEqual(['api::unit-member']);
    const reads = permissions.filter((p: any) => p.action === 'plugin::content-manager.explorer.read');
    expect(reads.find((p: any) => p.subject === 'api::unit.unit').conditions).toEqual(['api::unit-member']);
    expect(reads.find((p: any) => p.subject === 'api::category.category').conditions).toEqual([]);
    expect(reads.some((p: any) => p.subject === 'api::gazette-issue.gazette-issue' || p.subject === 'api::comment.comment')).toBe(false);
    const updateArticle = onContent.find((p: any) => p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::article.article');
    expect(updateArticle.properties.fields).toContain('proposedForPortal');
    expect(updateArticle.properties.fields).not.toContain('onPortal');
    const media = permissions.filter((p: any) => p.action.startsWith('plugin::upload.') && p.action !== 'plugin::upload.assets.create');
    for (const permission of media) expect(permission.conditions, permission.action).toEqual(['api::unit-member']);
  });

  it('creates a Moderator role that may change only a comment’s moderation status', async () => {
    const { data: roles } = await admin('/admin/roles');
    const moderator = roles.find((role: any) => role.code === 'cong-moderator');
    expect(moderator.name).toBe('Kiểm duyệt viên');
    const { data: permissions } = await admin(`/admin/roles/${moderator.id}/permissions`);
    const updates = permissions.filter((p: any) => p.action === 'plugin::content-manager.explorer.update');
    expect(updates).toEqual([
      expect.objectContaining({ subject: 'api::comment.comment', properties: { fields: ['moderationStatus'] } }),
    ]);
    expect(permissions.some((p: any) => p.action.endsWith('.delete') || p.action.endsWith('.publish'))).toBe(false);
  });

  it('labels the admin fields in Vietnamese', async () => {
    const { data } = await admin('/content-manager/content-types/api::document.document/configuration');
    expect(data.contentType.metadatas.number.edit.label).toBe('Số ký hiệu');
    expect(data.contentType.metadatas.excerpt.list.label).toBe('Trích yếu');
    expect(data.contentType.metadatas.number.edit.description).toContain('1730/TB-VP');
    expect(data.contentType.settings).toMatchObject({ mainField: 'number', defaultSortBy: 'issuedDate', defaultSortOrder: 'DESC' });
    expect(data.contentType.layouts.list).toEqual(['number', 'excerpt', 'issuedDate', 'legalStatus']);
  });
});
