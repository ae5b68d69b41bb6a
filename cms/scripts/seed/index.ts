// `pnpm --dir cms seed [--report <tệp.json>]`: loads the CMS in-process and writes the demo
// content and first logins. Safe to run again: what exists is left alone. Says on the console
// what it created; with --report, writes that as JSON (what the test harness reads).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommand } from '@cong/shared/command-line';
import { ensureDemoLogins } from './admin-users.ts';
import { seedDemoContent } from './demo-content.ts';
import { settle } from '../db-settle.ts';
import { appDir, loadStrapi } from '../strapi-app.ts';

const { values } = parseCommand('Dùng: seed [--report <tệp.json>]', {
  report: { type: 'string', help: 'tệp JSON ghi số mục đã tạo và đã có theo từng loại' },
}, { description: 'Nạp nội dung mẫu của một tỉnh và các tài khoản đầu tiên; chạy lại không tạo thêm gì.' });

const strapi = await loadStrapi();
try {
  const tally = await seedDemoContent(strapi);
  await ensureDemoLogins(strapi, process.env.CONG_LOGINS_FILE ?? path.join(appDir, '.tmp', 'logins.json'));
  const existing = Object.values(tally.counts).reduce((sum, count) => sum + count.existing, 0);
  console.log(`Dữ liệu mẫu: tạo mới ${tally.created} mục, ${existing} mục đã có từ trước.`);
  if (values.report) await writeFile(values.report, JSON.stringify({ created: tally.created, counts: tally.counts }));
  // Creating the logins left Strapi's metrics counting users (not awaited): let it finish.
  await settle(strapi);
} finally {
  await strapi.destroy();
}
