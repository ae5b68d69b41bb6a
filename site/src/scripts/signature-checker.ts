// Checks a PDF's digital signatures in the browser, with the portal's own trust list and the
// same code the CMS uses (@cong/shared/pdf-signatures). The file never leaves the device.
import { formatProvinceDateTime } from '@cong/shared';
import { parseCertificates, signatureVerdictLabels, verifyPdfSignatures } from '@cong/shared/pdf-signatures';

/** Wires the checker form. */
export function setUpChecker(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-checker-file]')!;
  const result = document.querySelector<HTMLElement>('[data-checker-result]')!;
  const roots = fetch('/cong-bao/kiem-tra/chung-thu-goc.pem').then((response) => response.text()).then(parseCertificates);

  const line = (tag: string, text: string, className?: string) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  };

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    result.replaceChildren(line('p', `Đang kiểm tra ${file.name}…`));
    try {
      const report = await verifyPdfSignatures(new Uint8Array(await file.arrayBuffer()), await roots);
      const box = document.createElement('div');
      box.className = `cong-signature cong-signature--${report.verdict}`;
      box.dataset.verdict = report.verdict;
      box.append(line('h2', `${file.name}: ${signatureVerdictLabels[report.verdict]}`), line('p', report.reason));
      if (report.signatures.length) {
        const list = document.createElement('ul');
        for (const signature of report.signatures) {
          const parts = [signature.signer ?? 'Không rõ người ký', signature.organisation, signature.signingTime && `ký lúc ${formatProvinceDateTime(signature.signingTime)}`];
          list.append(line('li', `${parts.filter(Boolean).join(', ')}: ${signatureVerdictLabels[signature.verdict]}. ${signature.reason}`));
        }
        box.append(list);
      }
      result.replaceChildren(box);
    } catch {
      result.replaceChildren(line('p', 'Không đọc được tệp này. Hãy chắc rằng đó là một tệp PDF.', 'cong-comment-form__error'));
    }
  });
}
