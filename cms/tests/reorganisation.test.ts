import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, create, unique } from './rest';

// Merging, splitting and renaming units (#15): one admin action of the Center's. Units that
// cease keep their entries; their successors carry their sites and their editors on.

const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

async function reorganise(jwt: string, body: object) {
  const response = await fetch(`${inject('cmsUrl')}/cong-units/reorganise`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const stored = async (documentId: string) =>
  (await api(`/api/units/${documentId}?populate[successors][fields][0]=hostLabel`, { as: 'full' })).body.data;

async function membersOf(documentId: string): Promise<number[]> {
  const reply = await fetch(`${inject('cmsUrl')}/content-manager/relations/api::unit.unit/${documentId}/editors?pageSize=100`, {
    headers: { Authorization: `Bearer ${inject('adminJwt')}` },
  });
  return ((await reply.json()).results as Array<{ id: number }>).map((user) => user.id);
}

describe('reorganising units', () => {
  it('merges two xã into a third: they cease on the date, name it successor, and their editors join it; entries stay theirs', async () => {
    const [a, b, into] = [await fixtures.unit(), await fixtures.unit(), await fixtures.unit()];
    const editorA = await fixtures.unitEditor(a.documentId);
    const article = await create<{ documentId: string }>('articles', { title: `Tin xã cũ ${unique()}`, body: fixtures.paragraphs('Nội dung.'), unit: a.documentId });
    const center = await fixtures.adminWithRole('cong-editor');

    const done = await reorganise(center, { kind: 'merged', units: [a.documentId, b.documentId], successors: [into.documentId], date: '2026-07-01' });
    expect(done.status).toBe(200);
    for (const former of [a, b]) {
      expect(await stored(former.documentId)).toMatchObject({ status: 'merged', validTo: '2026-07-01', successors: [{ hostLabel: into.hostLabel }] });
    }
    expect(await membersOf(into.documentId)).toContain(editorA.id);
    const entry = (await api(`/api/articles/${article.documentId}?populate[unit][fields][0]=hostLabel`, { as: 'full' })).body.data;
    expect(entry.unit.hostLabel).toBe(a.hostLabel);

    // The successor can later merge again: the chain is followed by the site.
    const later = await fixtures.unit();
    expect((await reorganise(center, { kind: 'merged', units: [into.documentId], successors: [later.documentId], date: '2027-01-01' })).status).toBe(200);
    expect((await stored(into.documentId)).status).toBe('merged');
  });

  it('splits one unit into two successors', async () => {
    const [whole, first, second] = [await fixtures.unit(), await fixtures.unit(), await fixtures.unit()];
    const center = await fixtures.adminWithRole('cong-editor');
    expect((await reorganise(center, { kind: 'split', units: [whole.documentId], successors: [first.documentId, second.documentId], date: '2026-07-01' })).status).toBe(200);
    expect((await stored(whole.documentId)).successors.map((unit: { hostLabel: string }) => unit.hostLabel).sort()).toEqual([first.hostLabel, second.hostLabel].sort());
  });

  it.each([
    ['no successor', (ids: string[]) => ({ kind: 'merged', units: [ids[0]], successors: [], date: '2026-07-01' }), 'đơn vị kế thừa'],
    ['a unit its own successor', (ids: string[]) => ({ kind: 'merged', units: [ids[0]], successors: [ids[0]], date: '2026-07-01' }), 'chính nó'],
    ['a split into one', (ids: string[]) => ({ kind: 'split', units: [ids[0]], successors: [ids[1]], date: '2026-07-01' }), 'hai đơn vị'],
    ['a merge into two', (ids: string[]) => ({ kind: 'merged', units: [ids[0]], successors: [ids[1], ids[2]], date: '2026-07-01' }), 'đúng một'],
    ['no date', (ids: string[]) => ({ kind: 'merged', units: [ids[0]], successors: [ids[1]], date: '' }), 'ngày'],
    ['an unknown kind', (ids: string[]) => ({ kind: 'dissolve', units: [ids[0]], successors: [ids[1]], date: '2026-07-01' }), 'cách sắp xếp'],
  ])('refuses %s, says why in Vietnamese, and changes nothing', async (_name, body, reason) => {
    const units = [await fixtures.unit(), await fixtures.unit(), await fixtures.unit()];
    const center = await fixtures.adminWithRole('cong-editor');
    const refused = await reorganise(center, body(units.map((unit) => unit.documentId)));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(vietnamese);
    expect(refused.body.error.message).toContain(reason);
    for (const unit of units) expect((await stored(unit.documentId)).status).toBe('active');
  });

  it("is the Center's: a unit's editor is refused, even for its own unit", async () => {
    const [mine, other] = [await fixtures.unit(), await fixtures.unit()];
    const editor = await fixtures.unitEditor(mine.documentId);
    const refused = await reorganise(editor.jwt, { kind: 'merged', units: [mine.documentId], successors: [other.documentId], date: '2026-07-01' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(vietnamese);
    expect((await stored(mine.documentId)).status).toBe('active');
  });
});
