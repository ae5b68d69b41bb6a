/** The province's time zone: every "today" and "open now" is judged on its clock. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and a
// site build formats hundreds of thousands of dates (it was a fifth of the render time).
// en-CA formats as YYYY-MM-DD.
const calendarDate = new Intl.DateTimeFormat('en-CA', { timeZone: PROVINCE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: PROVINCE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour12: false,
});

/** The calendar date (YYYY-MM-DD) in the province at the given instant. */
export function provinceDate(at: Date = new Date()): string {
  return calendarDate.format(at);
}

/** A time and date on the province's clock, the way Vietnamese readers write it: "08:00, 22/01/2026". */
export function formatProvinceDateTime(iso: string): string {
  const parts = dateTime.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${get('hour')}:${get('minute')}, ${get('day')}/${get('month')}/${get('year')}`;
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The province's calendar date (YYYY-MM-DD) of a stored date: a calendar date (an issued or
 * publication date) as it is, an instant (a publication time, in UTC) on the province's clock.
 */
export function provinceDateOf(value: string): string {
  // Not value.slice(0, 10): an article published at 02:00 in the province is the day before in UTC.
  return calendarDay.test(value) ? value : provinceDate(new Date(value));
}

/** The year, on the province's calendar, of a stored date or instant. */
export function provinceYear(value: string): number {
  return Number(provinceDateOf(value).slice(0, 4));
}

/** "21/12/2020", the way Vietnamese documents write a date (an instant: its day in the province). */
export function formatVietnameseDate(value: string): string {
  const [year, month, day] = provinceDateOf(value).split('-');
  return `${day}/${month}/${year}`;
}
