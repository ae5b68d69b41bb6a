// Sends the comment form with fetch, so the reader stays on the page: the same checks as the
// server first (from @cong/shared), then the server's answer shown beside each field. Without
// this script the form posts as it is and the CMS answers with a page of its own.
import { commentFieldLabels, formatProvinceDateTime, validateCommentInput, type CommentField } from '@cong/shared';

/** Wires one comment form. */
export function setUpCommentForm(form: HTMLFormElement): void {
  const section = form.closest('section')!;
  const summary = section.querySelector<HTMLElement>('[data-summary]')!;
  const summaryList = section.querySelector<HTMLElement>('[data-summary-list]')!;
  const receipt = section.querySelector<HTMLElement>('[data-receipt]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  form.querySelector<HTMLInputElement>('[data-started-at]')!.value = String(Date.now());

  const showErrors = (errors: Partial<Record<CommentField, string>>, message?: string) => {
    summaryList.replaceChildren();
    for (const error of form.querySelectorAll<HTMLElement>('.cong-comment-form__error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const entries = Object.entries(errors) as Array<[CommentField, string]>;
    for (const [field, text] of entries) {
      const control = form.querySelector<HTMLElement>(`#gy-${field}`);
      const error = form.querySelector<HTMLElement>(`#gy-${field}-loi`);
      const item = document.createElement('li');
      if (control && error) {
        error.textContent = text;
        error.hidden = false;
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [`gy-${field}-loi`, control.getAttribute('aria-describedby')].filter(Boolean).join(' '));
        const link = document.createElement('a');
        link.href = `#gy-${field}`;
        link.textContent = `${commentFieldLabels[field]}: ${text}`;
        item.append(link);
      } else {
        item.textContent = text;
      }
      summaryList.append(item);
    }
    if (!entries.length && message) {
      const item = document.createElement('li');
      item.textContent = message;
      summaryList.append(item);
    }
    summary.hidden = false;
    summary.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const { errors } = validateCommentInput(data);
    if (Object.keys(errors).length) return showErrors(errors);
    submit.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(data),
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body?.data?.referenceCode) {
        const time = formatProvinceDateTime(body.data.receivedAt);
        receipt.innerHTML = '<h3>Đã nhận góp ý của bạn</h3><p>Mã tiếp nhận: <strong data-reference></strong><br>Thời gian nhận: <span data-time></span></p><p>Góp ý sẽ được công bố sau khi được kiểm duyệt.</p>';
        receipt.querySelector('[data-reference]')!.textContent = body.data.referenceCode;
        receipt.querySelector('[data-time]')!.textContent = time;
        form.hidden = true;
        summary.hidden = true;
        receipt.hidden = false;
        receipt.focus();
        return;
      }
      const fieldErrors = Object.fromEntries(
        (body?.error?.details?.errors ?? []).map((error: { path: string[]; message: string }) => [error.path[0], error.message]),
      );
      showErrors(fieldErrors, body?.error?.message ?? 'Máy chủ chưa nhận được góp ý. Vui lòng thử lại sau ít phút; nội dung bạn nhập vẫn còn.');
    } catch {
      showErrors({}, 'Không kết nối được máy chủ. Nội dung bạn nhập vẫn còn trên trang: vui lòng kiểm tra mạng rồi gửi lại.');
    } finally {
      submit.disabled = false;
    }
  });
}
