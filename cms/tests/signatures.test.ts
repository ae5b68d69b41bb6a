import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { issue, rootCa, signedPdf, unsignedPdf, type Identity } from '@cong/shared/testing';
import * as fixtures from './fixtures';
import { api, create, upload } from './rest';

const DAY = 86_400_000;
let signer: Identity;
let expired: Identity;
let stranger: Identity;
let year = 2040;

beforeAll(async () => {
  const root = await rootCa('Root CA kiểm thử CMS');
  const intermediate = await issue(root, 'CN=CA trung gian, O=Cổng Test', { ca: true, serial: '02' });
  signer = await issue(intermediate, 'CN=Nguyễn Văn Ký, O=Văn phòng UBND tỉnh', { serial: '10' });
  expired = await issue(intermediate, 'CN=Lê Hết Hạn, O=Văn phòng UBND tỉnh', { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 30 * DAY), serial: '12' });
  stranger = await issue(await rootCa('Root CA lạ'), 'CN=Người Lạ, O=Không rõ', { serial: '13' });
  // The CMS reads the trust list from this file each time it checks a signature.
  await writeFile(inject('trustRootsFile'), root.certificate.toString('pem'));
}, 60_000);

const admin = (path: string, method: string, body?: unknown) =>
  fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${inject('adminJwt')}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const cm = (documentId: string) => `/content-manager/collection-types/api::gazette-issue.gazette-issue/${documentId}`;
const nextIssue = () => ({ number: 1, year: ++year, publicationDate: `${year}-01-15` });

describe('gazette issues and their digital signatures', () => {
  it('an issue with a validly signed PDF is published, showing who signed and when', async () => {
    const pdf = await upload('cong-bao-da-ky.pdf', await signedPdf(signer), 'application/pdf');
    const created = await create('gazette-issues', { ...nextIssue(), pdf: pdf.id });
    const { body } = await api(`/api/gazette-issues/${created.documentId}`);
    expect(body.data.signatureVerdict).toBe('valid');
    expect(body.data.signatures[0].signatures[0]).toMatchObject({ signer: 'Nguyễn Văn Ký', organisation: 'Văn phòng UBND tỉnh', verdict: 'valid' });
    expect(body.data).not.toHaveProperty('signatureOverrideBy');
  });

  it('an issue with an unsigned PDF cannot be published: the message says why and what to do', async () => {
    const pdf = await upload('cong-bao-chua-ky.pdf', await unsignedPdf(), 'application/pdf');
    const reply = await api('/api/gazette-issues', { as: 'full', method: 'POST', data: { ...nextIssue(), pdf: pdf.id } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe(
      'Chưa thể xuất bản số Công báo: Tệp không có chữ ký số. Hãy gắn bản PDF đã ký số hợp lệ, hoặc nhờ Quản trị cao nhất cho phép xuất bản.',
    );
  });

  it('a Super Admin may override, the override is recorded, and only then it publishes', async () => {
    const pdf = await upload('cong-bao-chua-ky-2.pdf', await unsignedPdf(), 'application/pdf');
    const draft = await create('gazette-issues', { ...nextIssue(), pdf: pdf.id }, { status: 'draft' });
    expect(draft.signatureVerdict).toBe('unsigned');
    expect((await admin(`${cm(draft.documentId)}/actions/publish`, 'POST', {})).status).toBe(400);

    const override = await admin(cm(draft.documentId), 'PUT', { ...nextIssue(), number: draft.number, year: draft.year, publicationDate: draft.publicationDate, signatureOverride: true });
    expect(override.status).toBe(200);
    const stored = (await override.json()).data;
    expect(stored.signatureOverrideBy).toContain('quantri@cong.test');
    expect(Date.parse(stored.signatureOverrideAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await admin(`${cm(draft.documentId)}/actions/publish`, 'POST', {})).status).toBe(200);
  });

  it('an API token cannot override, and nobody can write the verdict by hand', async () => {
    const pdf = await upload('cong-bao-chua-ky-3.pdf', await unsignedPdf(), 'application/pdf');
    const draft = await create('gazette-issues', { ...nextIssue(), pdf: pdf.id }, { status: 'draft' });
    const override = await api(`/api/gazette-issues/${draft.documentId}?status=draft`, { as: 'full', method: 'PUT', data: { signatureOverride: true } });
    expect(override.status).toBe(400);
    expect(override.body.error.message).toBe('Chỉ Quản trị cao nhất được cho phép xuất bản khi chữ ký số không hợp lệ.');
    const forged = await api(`/api/gazette-issues/${draft.documentId}?status=draft`, { as: 'full', method: 'PUT', data: { signatureVerdict: 'valid', signatureReason: 'giả' } });
    expect(forged.status).toBe(200);
    expect(forged.body.data.signatureVerdict).toBe('unsigned');
  });
});

describe("an Editor replacing a signed file's bytes (the media library's Replace)", () => {
  const replaceAs = async (jwt: string, fileId: number, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ name }));
    form.append('files', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    return fetch(`${inject('cmsUrl')}/upload?id=${fileId}`, { method: 'POST', headers: { Authorization: `Bearer ${jwt}` }, body: form });
  };

  it('takes a published gazette issue off the site, verified again and without the Super Admin permission', async () => {
    const pdf = await upload(`cong-bao-thay-${Date.now()}.pdf`, await unsignedPdf(), 'application/pdf');
    const draft = await create('gazette-issues', { ...nextIssue(), pdf: pdf.id }, { status: 'draft' });
    await admin(cm(draft.documentId), 'PUT', { number: draft.number, year: draft.year, publicationDate: draft.publicationDate, signatureOverride: true });
    expect((await admin(`${cm(draft.documentId)}/actions/publish`, 'POST', {})).status).toBe(200);

    const editor = await fixtures.adminWithRole('cong-editor');
    expect((await replaceAs(editor, pdf.id, await signedPdf(stranger), 'cong-bao-gia.pdf')).status).toBe(200);

    expect((await api(`/api/gazette-issues/${draft.documentId}`)).status).toBe(404);
    const stored = (await api(`/api/gazette-issues/${draft.documentId}?status=draft`, { as: 'full' })).body.data;
    expect(stored).toMatchObject({ signatureVerdict: 'untrusted', signatureOverride: false });
    expect(stored.signatures[0].signatures[0].signer).toBe('Người Lạ');
  });

  it("re-verifies every document using the file, so its verdict is the new bytes'", async () => {
    const file = await upload(`van-ban-thay-${Date.now()}.pdf`, await signedPdf(signer), 'application/pdf');
    const agency = await fixtures.agency();
    const document = await fixtures.legalDocument({ number: `${Math.floor(Math.random() * 90000) + 1000}/QĐ-UBND`, issuingAgency: agency.documentId, files: [file.id] });
    expect(document.signatureVerdict).toBe('valid');

    const editor = await fixtures.adminWithRole('cong-editor');
    expect((await replaceAs(editor, file.id, await unsignedPdf(), 'van-ban-thay.pdf')).status).toBe(200);
    const { body } = await api(`/api/documents/${document.documentId}`);
    expect(body.data.signatureVerdict).toBe('unsigned');
  });
});

describe('documents record the verdict of each attached PDF', () => {
  it.each([
    ['a tampered file', async () => {
      const bytes = Buffer.from(await signedPdf(signer));
      const at = bytes.indexOf('/ModDate (D:') + 12;
      bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
      return bytes;
    }, 'invalid', 'đã bị thay đổi sau khi ký'],
    ['an expired certificate', () => signedPdf(expired), 'invalid', 'đã hết hạn'],
    ['an untrusted root', () => signedPdf(stranger), 'untrusted', 'danh sách tin cậy'],
    ['no signature', () => unsignedPdf(), 'unsigned', 'không có chữ ký'],
  ] as const)('%s', async (_name, make, verdict, reason) => {
    const file = await upload(`van-ban-${verdict}-${Date.now()}.pdf`, await make(), 'application/pdf');
    const agency = await fixtures.agency();
    const document = await fixtures.legalDocument({ number: `${Math.floor(Math.random() * 90000) + 1000}/QĐ-UBND`, issuingAgency: agency.documentId, files: [file.id] });
    expect(document.signatureVerdict).toBe(verdict);
    expect(document.signatureReason).toContain(reason);
  });
});

describe('the trust list the CMS publishes (GET /api/signature-trust-roots)', () => {
  it('is public and holds the trusted certificates only: no comment, nothing else the file holds', async () => {
    const root = await rootCa('Root CA công bố');
    const pem = root.certificate.toString('pem');
    const file = await import('node:fs/promises').then((fs) => fs.readFile(inject('trustRootsFile'), 'utf8'));
    // A key pasted into the trust list by mistake must never reach the public.
    await writeFile(inject('trustRootsFile'), `# ghi chú của người vận hành\n${file}\n${pem}\n-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----\n`);
    try {
      const response = await fetch(`${inject('cmsUrl')}/api/signature-trust-roots`);
      expect(response.status).toBe(200);
      const published = ((await response.json()) as { data: { pem: string } }).data.pem;
      expect(published.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
      expect(published.replace(/\s/g, '')).toContain(pem.replace(/-----[A-Z ]+-----|\s/g, ''));
      expect(published).not.toMatch(/PRIVATE KEY|ghi chú/);
    } finally {
      await writeFile(inject('trustRootsFile'), file);
    }
  });
});
