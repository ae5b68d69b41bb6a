import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatProvinceDateTime } from '@cong/shared';
import { issue, rootCa, signPdf, type Identity } from '@cong/shared/pdf-signing';

// The demo's documents and gazette issues are signed as a province's are (PAdES, by the
// issuing body's certificate), by a demo certificate authority made for this install: its
// root goes into the trust list the CMS reads (SIGNATURE_TRUST_ROOTS), so the portal shows
// "Đã ký số" and the browser checker verifies the PDFs. The CA's private key lives only for
// this seed run and is never written down: nobody can sign anything else with it later.

// Every date the demo's documents carry, the oldest from 2011, falls after this.
const validFrom = new Date('2010-01-01T00:00:00+07:00');

/** Signs demo PDFs; made on first use, when there is something to sign. */
export class DemoSigner {
  private root?: Promise<Identity>;
  private readonly signers = new Map<string, Promise<Identity>>();
  private serial = 1;
  private readonly trustList: string | null;

  /** `trustList`: the PEM file the CMS trusts (absolute), or null when none is configured. */
  constructor(trustList: string | null) {
    this.trustList = trustList;
  }

  /** Whether the CMS will trust what this signs (a trust list is configured). */
  get trusted(): boolean {
    return this.trustList !== null;
  }

  /** The PDF signed by the issuing body `agency`, at `when` (the day the document was issued). */
  async sign(pdf: Uint8Array, agency: string, when: Date): Promise<Buffer> {
    let signer = this.signers.get(agency);
    if (!signer) {
      signer = this.rootCa().then((root) =>
        issue(root, `CN=${distinguished(agency)} (chữ ký mẫu), O=${distinguished(agency)}`, {
          notBefore: validFrom,
          notAfter: new Date(Date.now() + 5 * 365 * 86_400_000),
          serial: (++this.serial).toString(16).padStart(2, '0'),
        }),
      );
      this.signers.set(agency, signer);
    }
    // PAdES: a CAdES detached signature (ETSI.CAdES.detached) with the signer's certificate bound in.
    return signPdf(pdf, await signer, { when, reason: 'Ký số văn bản (dữ liệu mẫu)', name: agency, location: 'Việt Nam', contactInfo: '', subFilter: 'ETSI.CAdES.detached' });
  }

  private rootCa(): Promise<Identity> {
    this.root ??= (async () => {
      // A certificate chain is checked at the signing time: the root, too, must be valid in 2011.
      const root = await rootCa('CA gốc mẫu của Cổng - chỉ để trình diễn', 'Cổng (dữ liệu mẫu)', validFrom);
      if (this.trustList) {
        await mkdir(path.dirname(this.trustList), { recursive: true });
        const label = `# CA mẫu của Cổng, tạo khi nạp dữ liệu mẫu lúc ${formatProvinceDateTime(new Date().toISOString())}: chỉ để trình diễn. Khi vận hành thật, bỏ chứng thư này khỏi danh sách và dùng chứng thư gốc của tổ chức cung cấp dịch vụ chứng thực chữ ký số chuyên dùng Chính phủ.\n`;
        await appendFile(this.trustList, `${label}${root.certificate.toString('pem')}\n`, { mode: 0o644 });
      }
      return root;
    })();
    return this.root;
  }
}

// A comma, plus sign or quote inside a name would end the part of the certificate's name it is in.
const distinguished = (value: string) => value.replace(/([,+"\\<>;=])/g, '\\$1');
