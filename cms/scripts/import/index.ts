// `pnpm --dir cms import <tỉnh.json> [--via bulk|document-service] [--report <tệp.json>]`:
// writes a generated province (the scale generator's file, @cong/shared's Province) into the
// CMS that cms/.env (or DATABASE_* in the environment) names, published. Progress goes to the
// console; with --report, the figures go to that file as JSON. Then
// `./scripts/pnpm publisher publish` puts the content on the site.
import { readFile, writeFile } from 'node:fs/promises';
import type { Province } from '@cong/shared';
import { parseCommand } from '@cong/shared/command-line';
import { loadStrapi } from '../strapi-app.ts';
import { settle } from '../db-settle.ts';
import { importProvince } from './import.ts';

const usage = 'Dùng: import <tỉnh.json> [--via bulk|document-service] [--report <tệp.json>]';
const { values, positionals } = parseCommand(
  usage,
  {
    via: { type: 'string', default: 'bulk', help: 'bulk: ghi theo lô (nhanh); document-service: từng mục như trang quản trị (chậm, để đối chiếu)' },
    report: { type: 'string', help: 'tệp JSON ghi số liệu nhập (số mục, số giây theo loại)' },
  },
  { allowPositionals: true },
);
const [file] = positionals;
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};
if (!file || positionals.length > 1) fail('Cần đúng một tệp tỉnh (JSON) do lệnh scale sinh ra.');
if (values.via !== 'bulk' && values.via !== 'document-service') fail(`--via phải là bulk hoặc document-service, không phải "${values.via}".`);
const text = await readFile(file!, 'utf8').catch((error: Error) => fail(`Không đọc được ${file}: ${error.message}`));
const province = (() => {
  try {
    return JSON.parse(text) as Province;
  } catch (error) {
    return fail(`${file} không phải JSON hợp lệ: ${(error as Error).message}`);
  }
})();

const strapi = await loadStrapi();
try {
  const report = await importProvince(strapi, province, { via: values.via as 'bulk' | 'document-service', log: (line) => console.error(line) });
  console.error(`Đã nhập ${report.entries} mục trong ${report.seconds.toFixed(1)} giây.`);
  if (values.report) await writeFile(values.report, JSON.stringify(report));
  // What the writes left behind them (their events) finishes before the pool is closed.
  await settle(strapi);
} finally {
  await strapi.destroy();
}
