import { provinceDate } from '@cong/shared';

/**
 * Milliseconds from `now` to five past the next midnight in the province (UTC+7, which has no
 * daylight saving). The publisher builds then even if nothing was published: a document's
 * legal status and a consultation's phase change with the date, not with an edit.
 */
export function untilNextNight(now = new Date()): number {
  const tomorrow = provinceDate(new Date(now.getTime() + 86_400_000));
  return Date.parse(`${tomorrow}T00:05:00+07:00`) - now.getTime();
}
