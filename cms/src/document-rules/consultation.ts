import type { WriteContext } from './context';
import { fieldError } from './validation-error';

/** A consultation closes after it opens. */
export async function consultationRules(ctx: WriteContext): Promise<void> {
  const opening = ctx.value('openingAt');
  const closing = ctx.value('closingAt');
  if (opening && closing && Date.parse(closing) <= Date.parse(opening)) {
    throw fieldError('closingAt', 'Thời gian kết thúc lấy ý kiến phải sau thời gian bắt đầu.');
  }
}
