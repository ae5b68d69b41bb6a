import { invalidSetting } from '@cong/shared';

/** How much content a benchmark generates: BENCH_YEARS and BENCH_FRACTION, checked. */
export function benchSize(defaults: { years: number; fraction: number }, env: NodeJS.ProcessEnv = process.env): { years: number; fraction: number } {
  const given = (key: string) => env[key]?.trim() || undefined;
  const yearsText = given('BENCH_YEARS');
  const years = yearsText === undefined ? defaults.years : Number(yearsText);
  if (!Number.isInteger(years) || years < 1 || years > 50) throw invalidSetting('BENCH_YEARS', yearsText!, 'một số nguyên từ 1 đến 50');
  const fractionText = given('BENCH_FRACTION');
  const fraction = fractionText === undefined ? defaults.fraction : Number(fractionText);
  if (!(fraction > 0 && fraction <= 1)) throw invalidSetting('BENCH_FRACTION', fractionText!, 'một số lớn hơn 0, tối đa 1');
  return { years, fraction };
}
