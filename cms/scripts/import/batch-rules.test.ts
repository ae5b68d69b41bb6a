import { describe, expect, it } from 'vitest';
import { BatchRules } from './batch-rules.ts';

const document = (change: Partial<{ number: string; issuedDate: string; effectiveDate: string | null; expiryDate: string | null }> = {}) => ({
  number: '1730/TB-VP',
  issuedDate: '2020-03-01',
  effectiveDate: null,
  expiryDate: null,
  ...change,
});

// The same rules, in the same words, as a document saved in the admin (tests/validation.test.ts).
describe('BatchRules.document', () => {
  it('stores the number tidied and the legal status its dates imply', () => {
    const stored = new BatchRules().document(document({ number: ' 43 / 2011 / NĐ-CP ', issuedDate: '2011-07-01', effectiveDate: '2011-08-01', expiryDate: '2016-01-01' }), 'cp');
    expect(stored).toMatchObject({ number: '43/2011/NĐ-CP', legalStatus: 'expired' });
  });

  it.each([
    ['a number not in the Vietnamese format', [document({ number: '1730-TB-VP' })], 'Số ký hiệu "1730-TB-VP" không đúng định dạng. Viết theo mẫu'],
    [
      'a number the agency already used that year',
      [document(), document({ issuedDate: '2020-11-30' })],
      'Số ký hiệu "1730/TB-VP" đã được dùng cho một văn bản khác của cùng cơ quan ban hành trong năm 2020.',
    ],
    [
      'an expiry before the effective date',
      [document({ effectiveDate: '2020-04-01', expiryDate: '2020-03-15' })],
      '1730/TB-VP: Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    ],
    ['an expiry before the date of issue', [document({ expiryDate: '2020-02-01' })], '1730/TB-VP: Ngày hết hiệu lực phải sau ngày ban hành.'],
  ])('refuses %s in the words the CMS uses', (_, documents, message) => {
    const rules = new BatchRules();
    const writeAll = () => documents.forEach((entry) => rules.document(entry, 'vp'));
    expect(writeAll).toThrow(message);
  });

  it('takes the same number from another agency, or from the same agency another year', () => {
    const rules = new BatchRules();
    rules.document(document(), 'vp');
    expect(() => rules.document(document(), 'so-tai-chinh')).not.toThrow();
    expect(() => rules.document(document({ issuedDate: '2021-01-04' }), 'vp')).not.toThrow();
  });
});
