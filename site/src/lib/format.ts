import { PROVINCE_TIME_ZONE, type Locale } from '@cong/shared';

/** A date as readers expect it: "21/12/2020" in Vietnamese, "21 December 2020" in English. */
export function formatDate(value: string, locale: Locale = 'vi'): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: PROVINCE_TIME_ZONE,
    day: locale === 'en' ? 'numeric' : '2-digit',
    month: locale === 'en' ? 'long' : '2-digit',
    year: 'numeric',
  }).format(date);
}

/** "1,2 MB" / "350 kB" from a size in kilobytes, as Strapi stores it. */
export function formatSize(kilobytes: number): string {
  return kilobytes >= 1024
    ? `${(kilobytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(kilobytes)).toLocaleString('vi-VN')} kB`;
}
