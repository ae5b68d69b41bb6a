import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';

// What an Editor (Biên tập viên) reaches through the admin API. An editor is trusted with the
// portal's content and nothing else: never a citizen's e-mail or phone.

const cm = (path: string, jwt: string) => fetch(`${inject('cmsUrl')}/content-manager/collection-types/${path}`, { headers: { Authorization: `Bearer ${jwt}` } });

describe('an Editor in the admin', () => {
  it("reads no citizen's contact details through a consultation's comments, nor uses them as a filter", async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const consultation = await fixtures.consultation();
    const email = `nguoi-gop-y-${Date.now()}@example.vn`;
    await fixtures.comment(consultation.documentId, { email, phone: '0912000111', moderationStatus: 'approved' });
    const uid = 'api::consultation.consultation';

    const one = await cm(`${uid}/${consultation.documentId}?populate[comments][fields][0]=email&populate[comments][fields][1]=phone`, editor);
    expect(one.status).toBe(200);
    const text = await one.text();
    expect(text).not.toContain(email);
    expect(text).not.toContain('0912000111');
    expect(JSON.parse(text).data).not.toHaveProperty('comments');

    // An oracle: the answer to a filter on the e-mail must not depend on the e-mail.
    const total = async (prefix: string) => {
      const reply = await cm(`${uid}?filters[comments][email][$startsWith]=${encodeURIComponent(prefix)}&pageSize=100`, editor);
      return reply.status === 200 ? ((await reply.json()) as { pagination: { total: number } }).pagination.total : reply.status;
    };
    expect(await total(email.slice(0, 12))).toBe(await total('khong-ai-co-dia-chi-nay'));
  });

  it('still reads and edits what it is trusted with: the consultation itself', async () => {
    const editor = await fixtures.adminWithRole('cong-editor');
    const consultation = await fixtures.consultation();
    const reply = await cm(`api::consultation.consultation/${consultation.documentId}`, editor);
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as { data: { title: string } }).data.title).toBe(consultation.title);
  });
});
