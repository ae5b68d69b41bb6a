import { randomBytes } from 'node:crypto';
import type { WriteContext } from './context';

/** A new comment gets its receipt: the time received and a reference code to quote. */
export async function commentRules(ctx: WriteContext): Promise<void> {
  if (ctx.action !== 'create') return;
  ctx.data.receivedAt ??= new Date().toISOString();
  ctx.data.referenceCode ??= referenceCode(new Date(ctx.data.receivedAt));
  ctx.data.moderationStatus ??= 'pending';
}

// GY-20261123-7KQ2MX: readable over the phone (no 0/O, 1/I), unique enough per day.
function referenceCode(at: Date): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const suffix = Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join('');
  return `GY-${at.toISOString().slice(0, 10).replace(/-/g, '')}-${suffix}`;
}
