import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { DemoLogin as Login } from '@cong/shared';
import { demoUnitEditors } from './units.ts';

/**
 * The first logins of a fresh portal: a Super Admin, the Center's Editor, a Moderator, and an
 * editor for each of two demo units (a sở and a xã), each in their unit only. Passwords
 * are made once and kept in cms/.tmp/logins.json (mode 600), so every start can print them;
 * an account that already exists is never touched.
 */
export async function ensureDemoLogins(strapi: Core.Strapi, file: string): Promise<Login[]> {
  const saved: Login[] = await readFile(file, 'utf8').then(JSON.parse, () => []);
  const password = () => `Cong-${randomBytes(6).toString('base64url')}-2026`;
  const wanted = [
    { email: 'quantri@cong.local', firstname: 'Quản trị', lastname: 'Cổng', role: 'strapi-super-admin' },
    { email: 'bientap@cong.local', firstname: 'Biên tập', lastname: 'Viên', role: 'cong-editor' },
    { email: 'kiemduyet@cong.local', firstname: 'Kiểm duyệt', lastname: 'Viên', role: 'cong-moderator' },
    ...[...demoUnitEditors].map(([email, unit]) => ({ email, firstname: 'Biên tập', lastname: unit, role: 'cong-unit-editor', unit })),
  ];
  const logins: Login[] = [];
  for (const account of wanted) {
    const known = saved.find((login) => login.email === account.email);
    const exists = await strapi.db.query('admin::user').findOne({ where: { email: account.email } });
    if (exists && !known) continue; // someone else's account: we do not know its password
    const login: Login = known ?? { email: account.email, password: process.env.CONG_ADMIN_PASSWORD ?? password(), role: account.role };
    if ('unit' in account) login.unit = account.unit;
    if (!exists) {
      const role = await strapi.db.query('admin::role').findOne({ where: { code: account.role } });
      await strapi.service('admin::user').create({
        email: account.email,
        firstname: account.firstname,
        lastname: account.lastname,
        password: login.password,
        isActive: true,
        registrationToken: null,
        preferedLanguage: 'vi',
        roles: [role.id],
      });
      if ('unit' in account) {
        const user = await strapi.db.query('admin::user').findOne({ where: { email: account.email }, select: ['id'] });
        await strapi.db.query('api::unit.unit').update({ where: { hostLabel: account.unit }, data: { editors: { connect: [user.id] } } as any });
      }
    }
    logins.push(login);
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(logins, null, 2), { mode: 0o600 });
  return logins;
}
