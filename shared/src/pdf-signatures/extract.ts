/** One signature field of a PDF as the file stores it. */
export interface PdfSignatureField {
  /** [start1, length1, start2, length2]: the bytes the signature covers, around its own value. */
  byteRange: [number, number, number, number];
  /** The DER bytes of the CMS signature (PKCS#7), trailing padding included. */
  contents: Uint8Array;
  /** adbe.pkcs7.detached, ETSI.CAdES.detached, … */
  subFilter: string | null;
}

const latin1 = new TextDecoder('latin1');

/**
 * Finds every signature in a PDF by its /ByteRange; the signature value is the hex string
 * that fills the gap between the two ranges (the PDF signature format, ISO 32000-1 §12.8).
 */
export function extractSignatureFields(pdf: Uint8Array): PdfSignatureField[] {
  const text = latin1.decode(pdf);
  const fields: PdfSignatureField[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const byteRange = match.slice(1, 5).map(Number) as PdfSignatureField['byteRange'];
    const [, length1, start2] = byteRange;
    const gap = text.slice(length1, start2).trim();
    if (!/^<[0-9A-Fa-f\s]*>$/.test(gap)) continue;
    const hex = gap.slice(1, -1).replace(/\s/g, '');
    const contents = new Uint8Array(hex.length / 2);
    for (let i = 0; i < contents.length; i++) contents[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    // The signature dictionary around this /ByteRange names its format.
    const around = text.slice(Math.max(0, match.index! - 2000), Math.min(text.length, match.index! + 2000));
    const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(around)?.[1] ?? null;
    fields.push({ byteRange, contents, subFilter });
  }
  return fields;
}

/** The bytes a signature covers: the two ranges, joined. */
export function signedBytes(pdf: Uint8Array, [start1, length1, start2, length2]: PdfSignatureField['byteRange']): Uint8Array {
  const bytes = new Uint8Array(length1 + length2);
  bytes.set(pdf.subarray(start1, start1 + length1), 0);
  bytes.set(pdf.subarray(start2, start2 + length2), length1);
  return bytes;
}
