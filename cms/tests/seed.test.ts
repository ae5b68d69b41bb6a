import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, runSeed as seed } from '@cong/testing';

// On the database this run of the suite is for (CMS_TEST_DB), as every spec of the CMS.
describe('the demo seed', () => {
  it('creates the demo content once, and nothing on a second run', async () => {
    const database = await createTestDatabase();
    const dir = path.dirname(database.env.PUBLIC_DIR!);
    const env = {
      ...database.env,
      SITE_TOKEN_FILE: path.join(dir, 'site-token'),
      CONG_LOGINS_FILE: path.join(dir, 'logins.json'),
      SIGNATURE_TRUST_ROOTS: path.join(dir, 'trust-roots.pem'),
      NODE_ENV: 'test',
    };
    try {
      const first = await seed(env);
      const created = (uid: string) => first.counts[uid]?.created ?? 0;
      // The province's 8 articles and 3 pages, and the units' 10 articles and 15 pages (written
      // over the starter drafts each unit came with, where the titles meet).
      expect(created('api::article.article')).toBe(18);
      expect(created('api::article.article@en')).toBe(2);
      expect(created('api::document.document')).toBe(10);
      expect(created('api::gazette-issue.gazette-issue')).toBe(2);
      expect(created('api::consultation.consultation')).toBe(2);
      expect(created('api::comment.comment')).toBe(8);
      expect(created('api::page.page')).toBe(18);
      // Three sở, three xã and phường, a former district; the province's own unit was made at
      // the CMS's first start, and the seed completed it.
      expect(created('api::unit.unit')).toBe(7);
      expect(first.counts['api::unit.unit']?.existing).toBe(1);
      expect(created('api::site-setting.site-setting@vi')).toBe(1);

      const second = await seed(env);
      expect(second.created).toBe(0);

      // The demo CA that signed the documents and gazette issues is trusted, labelled as a
      // demo; the second run signed nothing, so it made no second CA.
      const trusted = await readFile(env.SIGNATURE_TRUST_ROOTS, 'utf8');
      expect(trusted.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1);
      expect(trusted).toMatch(/^# CA mẫu của Cổng, .*chỉ để trình diễn/);

      const logins = JSON.parse(await readFile(env.CONG_LOGINS_FILE, 'utf8'));
      expect(logins.map((login: { role: string }) => login.role)).toEqual(['strapi-super-admin', 'cong-editor', 'cong-moderator', 'cong-unit-editor', 'cong-unit-editor']);
    } finally {
      await database.drop();
    }
  }, 300_000);
});
