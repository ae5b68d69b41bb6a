// Signing PDFs the way a province's signing software does (PAdES, a detached CMS signature):
// a root CA, intermediates and signer certificates made at run time, and PDFs signed with them
// through @signpdf (the CMS signature built by pkijs). The demo seed signs its documents with a
// demo CA made per install; the tests make their own CAs.
// @peculiar/x509 needs the reflect-metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import * as asn1js from 'asn1js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as pkijs from 'pkijs';

x509.cryptoProvider.set(globalThis.crypto);
const signpdf = new SignPdf();
const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
const DAY = 86_400_000;

export interface Identity {
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  /** The certificates to embed after the signer's own (its intermediate). */
  chain: x509.X509Certificate[];
}

async function keys(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** A self-signed root certificate authority (`organisation` names who runs it), valid from `notBefore`. */
export async function rootCa(name: string, organisation = 'Cổng Test', notBefore = new Date(Date.now() - 3650 * DAY)): Promise<Identity> {
  const pair = await keys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}, O=${organisation}`,
    notBefore,
    notAfter: new Date(Date.now() + 3650 * DAY),
    signingAlgorithm: algorithm,
    keys: pair,
    extensions: [new x509.BasicConstraintsExtension(true, 2, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  return { certificate, keys: pair, chain: [] };
}

/** A certificate issued by another: an intermediate CA, or a signer. */
export async function issue(
  issuer: Identity,
  subject: string,
  { ca = false, notBefore = new Date(Date.now() - 365 * DAY), notAfter = new Date(Date.now() + 365 * DAY), serial = '0a' } = {},
): Promise<Identity> {
  const pair = await keys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject,
    issuer: issuer.certificate.subject,
    notBefore,
    notAfter,
    signingAlgorithm: algorithm,
    publicKey: pair.publicKey,
    signingKey: issuer.keys.privateKey,
    extensions: ca
      ? [new x509.BasicConstraintsExtension(true, 1, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)]
      : [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
  });
  return { certificate, keys: pair, chain: issuer.chain.length || !ca ? [issuer.certificate, ...issuer.chain].filter((c) => !isSelfSigned(c)) : [] };
}

const isSelfSigned = (certificate: x509.X509Certificate) => certificate.subject === certificate.issuer;

/** A detached CMS signature (contentType, messageDigest, signingTime signed) made with pkijs. */
class PkijsSigner extends Signer {
  constructor(private identity: Identity, private when: Date) {
    super();
  }

  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const data = new Uint8Array(pdfBuffer).slice().buffer;
    const certificate = pkijs.Certificate.fromBER(this.identity.certificate.rawData);
    const signed = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        }),
      ],
      certificates: [certificate, ...this.identity.chain.map((c) => pkijs.Certificate.fromBER(c.rawData))],
    });
    const digest = await crypto.subtle.digest('SHA-256', data);
    signed.signerInfos[0]!.signedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: this.when })] }),
        // ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate to the signature, as PAdES requires.
        new pkijs.Attribute({
          type: '1.2.840.113549.1.9.16.2.47',
          values: [
            new asn1js.Sequence({
              value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: await crypto.subtle.digest('SHA-256', this.identity.certificate.rawData) })] })] })],
            }),
          ],
        }),
      ],
    });
    await signed.sign(this.identity.keys.privateKey, 0, 'SHA-256', data);
    const contentInfo = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signed.toSchema(true) });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}

/** A small unsigned PDF. */
export async function unsignedPdf(text = 'Công báo điện tử tỉnh'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), {
    x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica),
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** What a signature says of itself, as a signing tool fills it in. */
export interface SignatureFields {
  when?: Date;
  reason?: string;
  name?: string;
  location?: string;
  contactInfo?: string;
  subFilter?: string;
}

/** Signs a PDF's bytes with an identity. */
export async function signPdf(
  bytes: Uint8Array,
  identity: Identity,
  { when = new Date(), reason = 'Ký số Công báo', name = 'Cổng Test', location = 'Việt Nam', contactInfo = 'congbao@example.gov.vn', subFilter = 'adbe.pkcs7.detached' }: SignatureFields = {},
): Promise<Buffer> {
  const pdf = await PDFDocument.load(bytes);
  pdflibAddPlaceholder({ pdfDoc: pdf, reason, contactInfo, name, location, signatureLength: 8192, subFilter });
  const withPlaceholder = Buffer.from(await pdf.save({ useObjectStreams: false }));
  return signpdf.sign(withPlaceholder, new PkijsSigner(identity, when));
}

/** A small PDF signed by an identity (at a given time). */
export async function signedPdf(
  identity: Identity,
  { text, ...fields }: SignatureFields & { text?: string } = {},
): Promise<Buffer> {
  return signPdf(await unsignedPdf(text), identity, fields);
}

/** Signs an already signed PDF again, as an incremental update that keeps the first signature. */
export async function countersign(signed: Buffer, identity: Identity): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({ pdfBuffer: signed, reason: 'Ký lần hai', contactInfo: '', name: 'Cổng Test', location: 'Việt Nam', signatureLength: 8192 });
  return signpdf.sign(withPlaceholder, new PkijsSigner(identity, new Date()));
}
