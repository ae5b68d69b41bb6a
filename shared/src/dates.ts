/** The province's time zone: every "today" and "open now" is judged on its clock. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar date (YYYY-MM-DD) in the province at the given instant. */
export function provinceDate(at: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PROVINCE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** "21/12/2020", the way Vietnamese documents write a date. */
export function formatVietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
