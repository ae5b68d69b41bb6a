// `./scripts/pnpm scale --years N [--fraction F] [--seed S] [--units U] --out FILE`: generates a
// province (the portal and U of its 120 component sites) and writes it as the CMS's bulk importer reads it (@cong/shared's Province). Then
// `./scripts/pnpm --dir cms import FILE` writes it into the CMS, and
// `./scripts/pnpm publisher publish` puts it on the site.
import { generateProvince } from './generate.ts';
import { writeProvince } from './province-file.ts';
import { parseCommand } from '@cong/shared/command-line';

const usage = 'Dùng: scale --years <số năm> [--fraction <tỉ lệ 0–1>] [--seed <số>] [--units <0–120>] --out <tệp.json>';
const { values } = parseCommand(usage, {
  years: { type: 'string', default: '10', help: 'số năm nội dung (1–50)' },
  fraction: { type: 'string', default: '1', help: 'tỉ lệ của số liệu một năm của tỉnh (0–1)' },
  seed: { type: 'string', default: '2026', help: 'hạt giống ngẫu nhiên: cùng hạt giống, cùng nội dung' },
  units: { type: 'string', default: '120', help: 'số trang thành phần (sở, xã, phường) ngoài cổng tỉnh: 0–120' },
  out: { type: 'string', help: 'tệp JSON ghi ra' },
});
const years = wholeNumber('--years', values.years, 1, 50);
const fraction = Number(values.fraction);
if (!(fraction > 0 && fraction <= 1)) fail(`--fraction "${values.fraction}" không hợp lệ: cần một số lớn hơn 0, tối đa 1.`);
const seed = wholeNumber('--seed', values.seed, 0, 2 ** 31);
const units = wholeNumber('--units', values.units, 0, 120);
if (!values.out) fail('Thiếu --out: tệp JSON để ghi tỉnh đã sinh.');

const province = generateProvince({ years, fraction, seed, units });
await writeProvince(values.out!, province);
console.error(`Đã ghi ${values.out}: ${province.units.length} đơn vị, ${province.documents.length} văn bản, ${province.articles.length} tin bài, ${province.gazetteIssues.length} số Công báo, ${province.consultations.length} dự thảo, ${province.comments.length} góp ý.`);

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) fail(`${name} "${raw}" không hợp lệ: cần một số nguyên từ ${min} đến ${max}.`);
  return value;
}

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
