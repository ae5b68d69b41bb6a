import { provinceDate } from './dates.js';

/**
 * A comment's reference code, GY-20261123-7KQ2MX: the day received (in the province) and six characters that
 * read clearly over the phone (no 0/O, 1/I), unique enough per day.
 */
export function commentReferenceCode(receivedAt: Date): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => alphabet[byte % alphabet.length]).join('');
  return `GY-${provinceDate(receivedAt).replace(/-/g, '')}-${suffix}`;
}
