import { commentReferenceCode } from '@cong/shared';
import type { WriteContext } from './context';

/** A new comment gets its receipt: the time received and a reference code to quote. */
export async function commentRules(ctx: WriteContext): Promise<void> {
  if (ctx.action !== 'create') return;
  ctx.data.receivedAt ??= new Date().toISOString();
  ctx.data.referenceCode ??= commentReferenceCode(new Date(ctx.data.receivedAt));
  ctx.data.moderationStatus ??= 'pending';
}
