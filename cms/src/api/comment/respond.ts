import {
  COMMENT_FORM_FIELDS,
  COMMENT_HONEYPOT_FIELD,
  COMMENT_LIMITS,
  commentFieldLabels,
  escapeHtml,
  formatProvinceDateTime,
  type CommentField,
  type CommentFormField,
  type CommentInput,
} from '@cong/shared';
import { portalConfig } from '../../config/portal';

// A comment arrives from the site's script as JSON, or as a plain form POST from a browser
// without JavaScript. The first gets JSON back; the second a Vietnamese page to read, with
// the form filled in again on an error so nothing typed is lost.

export interface Refusal {
  status: number;
  message: string;
  errors?: Partial<Record<CommentField, string>>;
  input?: Partial<CommentInput>;
}

const wantsPage = (ctx: any) => Boolean(ctx.is('application/x-www-form-urlencoded'));


function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;line-height:1.6;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}.error{color:#a50f15}label{display:block;font-weight:600;margin-top:1rem}input,textarea{width:100%;font:inherit;padding:.4rem}
textarea{min-height:12rem}button{margin-top:1rem;font:inherit;padding:.5rem 1rem}.hint{color:#4d4d4d;font-size:.9rem}
.trap{position:absolute;left:-9999px}</style></head>
<body><main>${body}</main></body></html>`;
}

function siteLink(): string {
  // The global Strapi: refusals come from middlewares and controllers alike.
  return `<p><a href="${escapeHtml(`${portalConfig(strapi).siteUrl}/du-thao/`)}">Quay lại trang Góp ý dự thảo</a></p>`;
}

function refilledForm(action: string, input: Partial<CommentInput>, errors: Partial<Record<CommentField, string>>): string {
  const field = ({ name, input: kind, required, autocomplete }: CommentFormField) => {
    const id = `gy-${name}`;
    const error = errors[name] ? `<p class="error" id="${id}-loi">${escapeHtml(errors[name])}</p>` : '';
    const describedBy = errors[name] ? ` aria-describedby="${id}-loi" aria-invalid="true"` : '';
    const attributes = `id="${id}" name="${name}"${required ? ' required' : ''} autocomplete="${autocomplete}"${describedBy}`;
    const control =
      kind === 'textarea'
        ? `<textarea ${attributes}>${escapeHtml(input[name])}</textarea>`
        : `<input ${attributes} type="${kind}" value="${escapeHtml(input[name])}" maxlength="${COMMENT_LIMITS[name]}">`;
    return `<label for="${id}">${escapeHtml(commentFieldLabels[name])}${required ? ' (bắt buộc)' : ''}</label>${error}${control}`;
  };
  const consultation: CommentField = 'consultation';
  return `<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="${consultation}" value="${escapeHtml(input.consultation)}">
<div class="trap" aria-hidden="true"><label>Để trống ô này<input name="${COMMENT_HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></label></div>
${COMMENT_FORM_FIELDS.map(field).join('\n')}
<button type="submit">Gửi lại góp ý</button></form>`;
}

/** Tells the sender why the comment was not taken, in the form they sent it. */
export function respondRefusal(ctx: any, refusal: Refusal): void {
  ctx.status = refusal.status;
  if (!wantsPage(ctx)) {
    ctx.body = {
      data: null,
      error: {
        status: refusal.status,
        name: 'CommentRefused',
        message: refusal.message,
        details: {
          errors: Object.entries(refusal.errors ?? {}).map(([field, message]) => ({ path: [field], message })),
        },
      },
    };
    return;
  }
  const list = Object.values(refusal.errors ?? {});
  ctx.type = 'html';
  ctx.body = page(
    'Góp ý chưa được gửi',
    `<h1>Góp ý chưa được gửi</h1><p class="error" role="alert">${escapeHtml(refusal.message)}</p>
${list.length > 1 ? `<ul>${list.map((message) => `<li>${escapeHtml(message)}</li>`).join('')}</ul>` : ''}
${refusal.input ? `<p>Nội dung bạn đã nhập vẫn còn dưới đây: sửa chỗ cần sửa rồi gửi lại.</p>${refusalForm(ctx, refusal)}` : ''}
${siteLink()}`,
  );
}

function refusalForm(ctx: any, refusal: Refusal): string {
  // A closed or missing consultation cannot take the comment again: show the text to copy.
  if (refusal.status === 404 || refusal.status === 409) {
    return `<label for="gy-content">Nội dung góp ý của bạn (để lưu lại)</label><textarea id="gy-content" readonly>${escapeHtml(refusal.input?.content)}</textarea>`;
  }
  return refilledForm(ctx.path, refusal.input ?? {}, refusal.errors ?? {});
}

/** Confirms a stored comment with its reference code and the time it was received. */
export function respondReceipt(ctx: any, receipt: { referenceCode: string; receivedAt: string }): void {
  ctx.status = 201;
  if (!wantsPage(ctx)) {
    ctx.body = { data: receipt };
    return;
  }
  const time = formatProvinceDateTime(receipt.receivedAt);
  ctx.type = 'html';
  ctx.body = page(
    'Đã nhận góp ý',
    `<h1>Đã nhận góp ý của bạn</h1>
<p role="status">Mã tiếp nhận: <strong>${escapeHtml(receipt.referenceCode)}</strong><br>Thời gian nhận: ${escapeHtml(time)}</p>
<p>Góp ý sẽ được công bố trên Cổng sau khi được kiểm duyệt. Cơ quan soạn thảo nhận được toàn bộ góp ý, kể cả thông tin liên hệ của bạn (không công bố).</p>
${siteLink()}`,
  );
}
