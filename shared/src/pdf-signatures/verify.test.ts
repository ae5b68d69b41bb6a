import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countersign, issue, rootCa, signedPdf, unsignedPdf, type Identity } from './sign.js';
import { verifyPdfSignatures } from './verify.js';

const DAY = 86_400_000;
let trusted: pkijs.Certificate[];
let signer: Identity;
let expired: Identity;
let stranger: Identity;
let second: Identity;

beforeAll(async () => {
  const root = await rootCa('Root CA kiểm thử');
  const intermediate = await issue(root, 'CN=CA trung gian kiểm thử, O=Cổng Test', { ca: true, serial: '02' });
  signer = await issue(intermediate, 'CN=Nguyễn Văn Ký, O=Văn phòng UBND tỉnh', { serial: '10' });
  second = await issue(intermediate, 'CN=Trần Thị Duyệt, O=Trung tâm Thông tin', { serial: '11' });
  expired = await issue(intermediate, 'CN=Lê Hết Hạn, O=Văn phòng UBND tỉnh', {
    notBefore: new Date(Date.now() - 400 * DAY),
    notAfter: new Date(Date.now() - 30 * DAY),
    serial: '12',
  });
  const otherRoot = await rootCa('Root CA lạ');
  stranger = await issue(otherRoot, 'CN=Người Lạ, O=Không rõ', { serial: '13' });
  trusted = [pkijs.Certificate.fromBER(root.certificate.rawData)];
}, 60_000);

describe('verifyPdfSignatures', () => {
  it('finds a valid signature, with signer, organisation and signing time', async () => {
    const report = await verifyPdfSignatures(await signedPdf(signer), trusted);
    expect(report.verdict).toBe('valid');
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({ verdict: 'valid', signer: 'Nguyễn Văn Ký', organisation: 'Văn phòng UBND tỉnh', coversWholeFile: true, subFilter: 'adbe.pkcs7.detached' });
    expect(Date.parse(report.signatures[0]!.signingTime!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('reads an ETSI.CAdES.detached signature the same way', async () => {
    const report = await verifyPdfSignatures(await signedPdf(signer, { subFilter: 'ETSI.CAdES.detached' }), trusted);
    expect(report.verdict).toBe('valid');
    expect(report.signatures[0]!.subFilter).toBe('ETSI.CAdES.detached');
  });

  it('says a file has no signature', async () => {
    expect(await verifyPdfSignatures(await unsignedPdf(), trusted)).toMatchObject({ verdict: 'unsigned', reason: 'Tệp không có chữ ký số.' });
  });

  it('catches one byte changed inside the signed range', async () => {
    const pdf = await signedPdf(signer);
    const tampered = Buffer.from(pdf);
    // A digit of the modification date in the document information, inside the signed range.
    const at = tampered.indexOf('/ModDate (D:') + '/ModDate (D:'.length;
    expect(at).toBeGreaterThan(20);
    tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31;
    const report = await verifyPdfSignatures(tampered, trusted);
    expect(report.verdict).toBe('invalid');
    expect(report.reason).toContain('đã bị thay đổi sau khi ký');
  });

  it('refuses a certificate that had expired when it signed', async () => {
    const report = await verifyPdfSignatures(await signedPdf(expired), trusted);
    expect(report.verdict).toBe('invalid');
    expect(report.reason).toContain('đã hết hạn');
  });

  it('cannot vouch for a certificate from an untrusted root', async () => {
    const report = await verifyPdfSignatures(await signedPdf(stranger), trusted);
    expect(report).toMatchObject({ verdict: 'untrusted' });
    expect(report.signatures[0]!.signer).toBe('Người Lạ');
  });

  it('checks both signatures of a twice-signed PDF', async () => {
    const report = await verifyPdfSignatures(await countersign(await signedPdf(signer), second), trusted);
    expect(report.verdict).toBe('valid');
    expect(report.signatures.map((s) => [s.signer, s.coversWholeFile])).toEqual([
      ['Nguyễn Văn Ký', false],
      ['Trần Thị Duyệt', true],
    ]);
  });

  it('notices a file changed after its last signature', async () => {
    const pdf = await signedPdf(signer);
    const appended = Buffer.concat([pdf, Buffer.from('\n% thêm sau khi ký\n')]);
    expect((await verifyPdfSignatures(appended, trusted)).verdict).toBe('invalid');
  });
});
