import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseCertificates, verifyPdfSignatures } from '@cong/shared/pdf-signatures';
import { unsignedPdf } from '@cong/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSigner } from './demo-signing.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cong-demo-ca-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the demo signer', () => {
  it('signs as the issuing body, at the given time, with a CAdES signature the trusted demo root verifies, for documents as old as 2011', async () => {
    const trustList = path.join(dir, 'trust-roots.pem');
    const signer = new DemoSigner(trustList);
    for (const [agency, when] of [['Chính phủ', '2011-06-13T16:30:00+07:00'], ['Văn phòng UBND tỉnh', '2026-11-21T16:30:00+07:00']] as const) {
      const pdf = await signer.sign(await unsignedPdf('Van ban mau'), agency, new Date(when));
      const report = await verifyPdfSignatures(new Uint8Array(pdf), parseCertificates(await readFile(trustList, 'utf8')));
      expect(report.verdict, report.reason).toBe('valid');
      expect(report.signatures[0]).toMatchObject({ signer: `${agency} (chữ ký mẫu)`, organisation: agency, subFilter: 'ETSI.CAdES.detached', signingTime: new Date(when).toISOString() });
    }
    // One demo root for the whole run, labelled as a demo.
    const trusted = await readFile(trustList, 'utf8');
    expect(trusted.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1);
    expect(trusted).toMatch(/^# CA mẫu của Cổng, .*chỉ để trình diễn/);
  });

  it('with no trust list, still signs, and says the CMS will not trust it', async () => {
    const signer = new DemoSigner(null);
    expect(signer.trusted).toBe(false);
    const report = await verifyPdfSignatures(new Uint8Array(await signer.sign(await unsignedPdf(), 'Sở Văn hóa, Thể thao và Du lịch', new Date())), []);
    expect(report.verdict).toBe('untrusted');
  });
});
