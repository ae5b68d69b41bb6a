import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';

// Every route the CMS answers, tried by the public with nothing but a guessed id. A route the
// public reaches must be one this list names, with the reason it is public; a route added
// later (a new content type, a plugin) fails here until someone decides who may call it.

const published = 'published content: the public site is built from it and anyone may read it';
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /': "redirects to the admin's login page",
  'GET /_health': "Strapi's health check, for the proxy and the operator; it answers nothing but 204",
  'POST /_health': 'the same check',
  'PUT /_health': 'the same check',
  'PATCH /_health': 'the same check',
  'DELETE /_health': 'the same check',
  'GET /((?!uploads/).+)': "the admin panel's own files (404 in the tests, which don't build it)",
  'GET /uploads/(.*)': 'the media the published content shows, served never sniffed (uploads.test.ts)',
  'GET /admin/init': 'whether the CMS has its first administrator yet, for the login page',
  'GET /admin/project-type': "the edition (Community), for the login page",
  'GET /admin/registration-info': 'what an invitation holds, with its secret token',
  'POST /admin/login': 'logging in, throttled per address (throttling.test.ts)',
  'POST /admin/register': 'accepting an invitation, with its secret token',
  'POST /admin/register-admin': 'the very first administrator; refused once there is one',
  'POST /admin/forgot-password': 'asking for a reset link, throttled per address',
  'POST /admin/reset-password': 'setting a new password, with the secret token the link held',
  'GET /content-manager/preview/script': "the preview's script, the same for everyone",
  'GET /api/agencies': published,
  'GET /api/agencies/:id': published,
  'GET /api/articles': published,
  'GET /api/articles/:id': published,
  'GET /api/categories': published,
  'GET /api/categories/:id': published,
  'GET /api/consultations': published,
  'GET /api/consultations/:id': published,
  'GET /api/document-types': published,
  'GET /api/document-types/:id': published,
  'GET /api/documents': published,
  'GET /api/documents/:id': published,
  'GET /api/fields': published,
  'GET /api/fields/:id': published,
  'GET /api/gazette-issues': published,
  'GET /api/gazette-issues/:id': published,
  'GET /api/pages': published,
  'GET /api/pages/:id': published,
  'GET /api/site-setting': published,
  'GET /api/units': "the province's units and their contact details, as each site's footer shows them (editors are private)",
  'GET /api/units/:id': 'the same, one unit',
  'GET /api/tags': published,
  'GET /api/tags/:id': published,
  'GET /api/signature-trust-roots': 'the root certificates the CMS trusts, re-encoded (signatures.test.ts)',
  'POST /api/public-comments': "a citizen's comment on an open consultation (public-comments.test.ts)",
  'GET /api/public-comments': 'the approved comments of a published consultation, without contact details',
  'GET /api/public-comments/counts': "each published consultation's number of approved comments",
};

let clients = 0;
/** Calls a route with its parameters filled in, as the public: no token, no session. */
async function asPublic(method: string, path: string) {
  const url = path.replace(/\(\.\*\)|\*/g, 'x').replace(/:[A-Za-z_]+(\([^)]*\))?\??/g, 'x1');
  const response = await fetch(`${inject('cmsUrl')}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.40.${++clients >> 8}.${clients & 255}` },
    body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
    redirect: 'manual',
  });
  await response.body?.cancel();
  return response.status;
}

describe('what the public reaches, route by route', () => {
  it('reaches only the routes listed as public; every other answers 401, 403 or 405', async () => {
    const reached: string[] = [];
    for (const { method, path } of inject('routes')) {
      const status = await asPublic(method, path);
      if (![401, 403, 405].includes(status)) reached.push(`${method} ${path}`);
    }
    expect(reached.sort()).toEqual(Object.keys(PUBLIC_ROUTES).sort());
  }, 300_000);
});

// Who may read and write each content type, the way each actor reaches it: the public and the
// site build's token through the REST API, the admin roles through the content manager. A new
// content type fails here until it is given its row.
type Access = 'none' | 'read' | 'write' | 'moderate';
type Actor = 'public' | 'site' | 'editor' | 'unitEditor' | 'moderator';
// unitEditor: a xã's editor (Biên tập viên đơn vị), here on their own unit's entries; what they
// reach of another unit's is unit-isolation.test.ts.
const ACCESS: Record<string, Record<Actor, Access>> = {
  'api::article.article': { public: 'read', site: 'read', editor: 'write', unitEditor: 'write', moderator: 'none' },
  'api::category.category': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  'api::tag.tag': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  'api::document.document': { public: 'read', site: 'read', editor: 'write', unitEditor: 'write', moderator: 'none' },
  'api::agency.agency': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  'api::field.field': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  'api::document-type.document-type': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  // Công báo is the provincial Office's alone.
  'api::gazette-issue.gazette-issue': { public: 'read', site: 'read', editor: 'write', unitEditor: 'none', moderator: 'none' },
  'api::consultation.consultation': { public: 'read', site: 'read', editor: 'write', unitEditor: 'write', moderator: 'read' },
  'api::page.page': { public: 'read', site: 'read', editor: 'write', unitEditor: 'write', moderator: 'none' },
  // Units are the Center's to make and change; a unit's editor reads their own.
  'api::unit.unit': { public: 'read', site: 'read', editor: 'write', unitEditor: 'read', moderator: 'none' },
  // The site's settings are the Super Admin's.
  'api::site-setting.site-setting': { public: 'read', site: 'read', editor: 'none', unitEditor: 'none', moderator: 'none' },
  // Citizens' comments, with their contact details: the moderators' (and the export's) only.
  'api::comment.comment': { public: 'none', site: 'read', editor: 'none', unitEditor: 'none', moderator: 'moderate' },
};

describe('who reads and writes each content type', () => {
  let jwts: Record<'editor' | 'unitEditor' | 'moderator', string>;
  const tokens = () => ({ public: undefined, site: inject('siteToken'), ...jwts });

  it('every content type has its row', () => {
    expect(inject('contentTypes').map((type) => type.uid).sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it.each(Object.keys(ACCESS))('%s', async (uid) => {
    jwts ??= {
      editor: await fixtures.adminWithRole('cong-editor'),
      unitEditor: (await fixtures.unitEditor((await fixtures.unit()).documentId)).jwt,
      moderator: await fixtures.adminWithRole('cong-moderator'),
    };
    const type = inject('contentTypes').find((candidate) => candidate.uid === uid)!;
    const single = type.kind === 'singleType';
    for (const [actor, token] of Object.entries(tokens()) as Array<[Actor, string | undefined]>) {
      const admin = actor !== 'public' && actor !== 'site';
      const base = admin
        ? `/content-manager/${single ? 'single-types' : 'collection-types'}/${uid}`
        : `/api/${single ? type.singularName : type.pluralName}`;
      const call = async (method: string, path: string) => {
        const response = await fetch(`${inject('cmsUrl')}${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: method === 'GET' ? undefined : JSON.stringify(admin ? {} : { data: {} }),
        });
        await response.body?.cancel();
        return ![401, 403].includes(response.status);
      };
      const expected = ACCESS[uid]![actor];
      expect(await call('GET', base), `${actor} reads`).toBe(expected !== 'none');
      // Changing an entry that doesn't exist: past the permission check it is a 404.
      expect(await call('PUT', single ? base : `${base}/nonexistent0000000000000`), `${actor} changes`).toBe(expected === 'write' || expected === 'moderate');
      if (!single && expected !== 'write') expect(await call('POST', base), `${actor} creates`).toBe(false);
    }
  });
});
