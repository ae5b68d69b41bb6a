import { formatProvinceDateTime, PROVINCE_TIME_ZONE, type Locale } from '@cong/shared';

// Made once per language: a build formats hundreds of thousands of dates.
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: PROVINCE_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: PROVINCE_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
};
const englishTime = new Intl.DateTimeFormat('en-GB', { timeZone: PROVINCE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

// A calendar date is the province's day: read at the province's midnight, not UTC's.
const instantOf = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value));

/** A date as readers expect it, the province's day: "21/12/2020" in Vietnamese, "21 December 2020" in English. */
export function formatDate(value: string, locale: Locale = 'vi'): string {
  return dateFormats[locale].format(instantOf(value));
}

/** A time and date on the province's clock: "08:00, 18/03/2026" in Vietnamese, "18 March 2026, 08:00" in English. */
export function formatDateTime(value: string, locale: Locale = 'vi'): string {
  if (locale === 'vi') return formatProvinceDateTime(value);
  const at = new Date(value);
  return `${dateFormats.en.format(at)}, ${englishTime.format(at)}`;
}

/** "1,2 MB" / "350 kB" from a size in kilobytes, as Strapi stores it. */
export function formatSize(kilobytes: number): string {
  return kilobytes >= 1024
    ? `${(kilobytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(kilobytes)).toLocaleString('vi-VN')} kB`;
}
