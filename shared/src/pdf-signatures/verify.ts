import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type SignatureVerdict } from '../signature-verdict.js';
import { extractSignatureFields, signedBytes, type PdfSignatureField } from './extract.js';

export { signatureVerdictLabels, type SignatureVerdict } from '../signature-verdict.js';

export interface SignatureReport {
  verdict: Exclude<SignatureVerdict, 'unsigned'>;
  /** Why, in Vietnamese. */
  reason: string;
  signer: string | null;
  organisation: string | null;
  signingTime: string | null;
  certificate: { notBefore: string; notAfter: string; issuer: string | null } | null;
  subFilter: string | null;
  /** Whether this signature covers the whole file (the last one must). */
  coversWholeFile: boolean;
}

export interface FileSignatureReport {
  verdict: SignatureVerdict;
  reason: string;
  signatures: SignatureReport[];
}

const OID = {
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  signingTime: '1.2.840.113549.1.9.5',
  signedData: '1.2.840.113549.1.7.2',
};

const nameValue = (name: pkijs.RelativeDistinguishedNames, oid: string): string | null =>
  (name.typesAndValues.find((tv) => tv.type === oid)?.value.valueBlock.value as string | undefined) ?? null;

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/** Parses PEM or DER certificates (the trust list). */
export function parseCertificates(input: string | Uint8Array): pkijs.Certificate[] {
  if (typeof input !== 'string') return [pkijs.Certificate.fromBER(toArrayBuffer(input))];
  return [...input.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g)].map(([, body]) => {
    const binary = atob(body!.replace(/\s/g, ''));
    return pkijs.Certificate.fromBER(toArrayBuffer(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  });
}

async function verifyOne(pdf: Uint8Array, field: PdfSignatureField, trusted: pkijs.Certificate[]): Promise<SignatureReport> {
  const [start1, length1, start2, length2] = field.byteRange;
  const coversWholeFile = start1 === 0 && start2 + length2 === pdf.length;
  const report: SignatureReport = {
    verdict: 'invalid', reason: '', signer: null, organisation: null, signingTime: null, certificate: null,
    subFilter: field.subFilter, coversWholeFile,
  };
  if (start1 !== 0 || start2 < length1 || start2 + length2 > pdf.length) {
    return { ...report, reason: 'Vùng dữ liệu được ký (ByteRange) không hợp lệ.' };
  }

  let signedData: pkijs.SignedData;
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(field.contents));
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) throw new Error('not SignedData');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return { ...report, reason: 'Không đọc được chữ ký (không phải CMS/PKCS#7).' };
  }

  const signerInfo = signedData.signerInfos[0];
  const timeAttribute = signerInfo?.signedAttrs?.attributes.find((attribute) => attribute.type === OID.signingTime);
  const signingTime: Date | null = timeAttribute ? (timeAttribute.values[0] as asn1js.UTCTime).toDate() : null;
  report.signingTime = signingTime?.toISOString() ?? null;

  let signerCertificate: pkijs.Certificate | undefined;
  try {
    const result = await signedData.verify({ signer: 0, data: toArrayBuffer(signedBytes(pdf, field.byteRange)), extendedMode: true, checkChain: false });
    signerCertificate = result.signerCertificate ?? undefined;
    if (!result.signatureVerified) return { ...withCertificate(report, signerCertificate), reason: 'Nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp).' };
  } catch (error) {
    const certificate = (error as { signerCertificate?: pkijs.Certificate }).signerCertificate;
    return { ...withCertificate(report, certificate), reason: 'Nội dung tệp đã bị thay đổi sau khi ký, hoặc chữ ký không khớp với chứng thư.' };
  }
  const withCert = withCertificate(report, signerCertificate);

  const at = signingTime ?? new Date();
  if (signerCertificate && (at < signerCertificate.notBefore.value || at > signerCertificate.notAfter.value)) {
    return { ...withCert, reason: 'Chứng thư số của người ký đã hết hạn (hoặc chưa có hiệu lực) vào thời điểm ký.' };
  }
  if (!coversWholeFile) {
    return { ...withCert, verdict: 'valid', reason: 'Chữ ký hợp lệ cho phiên bản tệp lúc ký; phần sau được bổ sung sau đó.' };
  }

  const chain = await new pkijs.CertificateChainValidationEngine({
    trustedCerts: trusted,
    certs: (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate),
    checkDate: at,
  }).verify();
  if (!chain.result) {
    return { ...withCert, verdict: 'untrusted', reason: 'Chữ ký đúng nhưng chứng thư không thuộc tổ chức chứng thực nào trong danh sách tin cậy.' };
  }
  return { ...withCert, verdict: 'valid', reason: 'Chữ ký hợp lệ, tệp không bị thay đổi, chứng thư thuộc tổ chức chứng thực tin cậy.' };
}

function withCertificate(report: SignatureReport, certificate: pkijs.Certificate | undefined): SignatureReport {
  if (!certificate) return report;
  return {
    ...report,
    signer: nameValue(certificate.subject, OID.commonName),
    organisation: nameValue(certificate.subject, OID.organisation),
    certificate: {
      notBefore: certificate.notBefore.value.toISOString(),
      notAfter: certificate.notAfter.value.toISOString(),
      issuer: nameValue(certificate.issuer, OID.commonName),
    },
  };
}

/**
 * Reads and checks every signature in a PDF: the signed byte ranges and their digest, the
 * signature itself, the signer's certificate at signing time, and its chain to one of the
 * trusted roots. Uses Web Crypto, so it runs in Node and in the browser alike.
 */
export async function verifyPdfSignatures(pdf: Uint8Array, trustedRoots: pkijs.Certificate[]): Promise<FileSignatureReport> {
  const fields = extractSignatureFields(pdf);
  if (!fields.length) return { verdict: 'unsigned', reason: 'Tệp không có chữ ký số.', signatures: [] };
  const signatures = [];
  for (const field of fields) signatures.push(await verifyOne(pdf, field, trustedRoots));
  const invalid = signatures.find((s) => s.verdict === 'invalid');
  if (invalid) return { verdict: 'invalid', reason: invalid.reason, signatures };
  if (!signatures.some((s) => s.coversWholeFile)) {
    return { verdict: 'invalid', reason: 'Tệp đã được sửa sau chữ ký cuối cùng.', signatures };
  }
  const untrusted = signatures.find((s) => s.verdict === 'untrusted');
  if (untrusted) return { verdict: 'untrusted', reason: untrusted.reason, signatures };
  return { verdict: 'valid', reason: signatures.length > 1 ? `Cả ${signatures.length} chữ ký đều hợp lệ.` : signatures[0]!.reason, signatures };
}
