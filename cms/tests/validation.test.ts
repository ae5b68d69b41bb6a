import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, unique } from './rest';

const post = (path: string, data: object) => api(`/api/${path}`, { as: 'full', method: 'POST', data });
// Gazette issues without a signed PDF cannot be published: their numbering is checked on drafts.
const postDraft = (path: string, data: object) => api(`/api/${path}?status=draft`, { as: 'full', method: 'POST', data });

/** The Vietnamese message of a 400, and the fields it names. */
function rejection(reply: { status: number; body: any }) {
  expect(reply.status).toBe(400);
  return {
    message: reply.body.error.message as string,
    fields: (reply.body.error.details?.errors ?? []).map((e: any) => e.path.join('.')),
  };
}

describe('document numbers (số ký hiệu)', () => {
  it.each(['1730/TB-VP', '355/QĐ-UBND', '43/2011/NĐ-CP', '12/CT-UBND', '05/2024/QĐ-UBND', '88/KH-SNN&PTNT'])(
    'accepts %s',
    async (number) => {
      const agency = await fixtures.agency();
      const created = await fixtures.legalDocument({ number, issuingAgency: agency.documentId });
      expect(created.number).toBe(number);
    },
  );

  it.each(['1730', 'TB-VP', '1730/tb-vp', '1730-TB-VP', 'Số 1730/TB-VP', '1730/TB'])('refuses %s in Vietnamese', async (number) => {
    const { message, fields } = rejection(await post('documents', { number, excerpt: 'x', issuedDate: '2020-12-21' }));
    expect(fields).toEqual(['number']);
    expect(message).toContain('không đúng định dạng');
    expect(message).toContain('1730/TB-VP');
  });

  it('tidies spaces around the slashes', async () => {
    const created = await fixtures.legalDocument({ number: ' 77 / TB-VP ', issuingAgency: (await fixtures.agency()).documentId });
    expect(created.number).toBe('77/TB-VP');
  });

  it('refuses a number already used by the same agency in the same year', async () => {
    const agency = await fixtures.agency();
    await fixtures.legalDocument({ number: '901/TB-VP', issuingAgency: agency.documentId, issuedDate: '2020-03-01' });
    const { message, fields } = rejection(
      await post('documents', { number: '901/TB-VP', issuingAgency: agency.documentId, excerpt: 'x', issuedDate: '2020-11-30' }),
    );
    expect(fields).toEqual(['number']);
    expect(message).toBe('Số ký hiệu "901/TB-VP" đã được dùng cho một văn bản khác của cùng cơ quan ban hành trong năm 2020.');
  });

  it('allows the same number in another year or from another agency', async () => {
    const agency = await fixtures.agency();
    const other = await fixtures.agency();
    await fixtures.legalDocument({ number: '902/TB-VP', issuingAgency: agency.documentId, issuedDate: '2020-03-01' });
    const nextYear = await fixtures.legalDocument({ number: '902/TB-VP', issuingAgency: agency.documentId, issuedDate: '2021-03-01' });
    const otherAgency = await fixtures.legalDocument({ number: '902/TB-VP', issuingAgency: other.documentId, issuedDate: '2020-03-01' });
    expect(nextYear.slug).toBe('902-tb-vp-2021');
    expect(otherAgency.slug).toBe('902-tb-vp-2020-2');
  });

  it('does not trip over itself when a document is edited', async () => {
    const agency = await fixtures.agency();
    const created = await fixtures.legalDocument({ number: '903/TB-VP', issuingAgency: agency.documentId });
    const reply = await api(`/api/documents/${created.documentId}`, { as: 'full', method: 'PUT', data: { excerpt: 'Trích yếu đã sửa' } });
    expect(reply.status).toBe(200);
    expect(reply.body.data.number).toBe('903/TB-VP');
  });
});

describe("a unit's pages (each site's /trang/<slug>/)", () => {
  const draftsOf = async (unit: { documentId: string }) =>
    (await api(`/api/pages?status=draft&filters[unit][documentId][$eq]=${unit.documentId}&pagination[pageSize]=50`, { as: 'full' })).body.data as Array<{
      title: string;
      slug: string;
    }>;

  it('gives every new unit its starter pages at the same addresses as every other unit', async () => {
    const [first, second] = [await fixtures.unit(), await fixtures.unit()];
    for (const unit of [first, second]) {
      const slugs = (await draftsOf(unit)).map((page) => page.slug);
      expect(slugs).toContain('gioi-thieu');
      expect(slugs).toContain('lanh-dao');
      expect(slugs).toContain('lien-he');
    }
  });

  it("numbers a second page of one title within its unit, and refuses an address its unit already has", async () => {
    const unit = await fixtures.unit();
    const again = await post('pages', { title: 'Giới thiệu', body: fixtures.paragraphs('Bản thứ hai.'), unit: unit.documentId });
    expect(again.status).toBe(201);
    expect(again.body.data.slug).toBe('gioi-thieu-2');
    const { message, fields } = rejection(await post('pages', { title: 'Trang khác', slug: 'lien-he', body: fixtures.paragraphs('x'), unit: unit.documentId }));
    expect(fields).toEqual(['slug']);
    expect(message).toBe('Đường dẫn (slug) "lien-he" đã được dùng cho một mục khác. Hãy sửa lại, hoặc để trống để Cổng tự tạo.');
    // Each unit's /trang/lich-lam-viec/ is on its own site: both get the address they asked for.
    const other = await fixtures.unit();
    for (const owner of [unit, other]) {
      const page = await post('pages', { title: 'Lịch làm việc', slug: 'lich-lam-viec', body: fixtures.paragraphs('x'), unit: owner.documentId });
      expect(page.body.data?.slug).toBe('lich-lam-viec');
    }
  });
});

describe('document dates and legal status', () => {
  it('derives the legal status from the dates', async () => {
    const expired = await fixtures.legalDocument({ number: '1/QĐ-UBND', issuedDate: '2014-03-17', effectiveDate: '2014-03-17', expiryDate: '2020-12-31', issuingAgency: (await fixtures.agency()).documentId });
    const inForce = await fixtures.legalDocument({ number: '2/QĐ-UBND', issuedDate: '2020-01-01', effectiveDate: '2020-01-15', issuingAgency: (await fixtures.agency()).documentId });
    const future = await fixtures.legalDocument({ number: '3/QĐ-UBND', issuedDate: '2026-11-01', effectiveDate: '2099-01-01', issuingAgency: (await fixtures.agency()).documentId });
    expect(expired.legalStatus).toBe('expired');
    expect(inForce.legalStatus).toBe('in_force');
    expect(future.legalStatus).toBe('not_yet_in_force');
  });

  it('keeps the status an editor chose when no date says otherwise', async () => {
    const created = await fixtures.legalDocument({ number: '4/CV-UBND', legalStatus: 'in_force', issuingAgency: (await fixtures.agency()).documentId });
    expect(created.legalStatus).toBe('in_force');
  });

  it('refuses an expiry date before the effective date', async () => {
    const { message, fields } = rejection(
      await post('documents', { number: '5/QĐ-UBND', excerpt: 'x', issuedDate: '2020-01-01', effectiveDate: '2020-02-01', expiryDate: '2020-01-15' }),
    );
    expect(fields).toEqual(['expiryDate']);
    expect(message).toBe('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  });
});

describe('consultations', () => {
  it('refuses a closing time before the opening time, and stores nothing', async () => {
    const title = `Dự thảo đóng trước khi mở ${unique()}`;
    const { message, fields } = rejection(
      await post('consultations', { title, openingAt: '2026-12-10T08:00:00+07:00', closingAt: '2026-12-01T17:00:00+07:00' }),
    );
    expect(fields).toEqual(['closingAt']);
    expect(message).toBe('Thời gian kết thúc lấy ý kiến phải sau thời gian bắt đầu.');
    const stored = await api(`/api/consultations?filters[title][$eq]=${encodeURIComponent(title)}&status=draft`, { as: 'full' });
    expect(stored.body.data).toEqual([]);
  });

  it('refuses moving the closing time before the opening time on edit', async () => {
    const created = await fixtures.consultation();
    const reply = await api(`/api/consultations/${created.documentId}`, {
      as: 'full',
      method: 'PUT',
      data: { closingAt: '2026-10-01T00:00:00+07:00' },
    });
    expect(rejection(reply).fields).toEqual(['closingAt']);
  });
});

describe('gazette issues (số Công báo)', () => {
  it('refuses a second issue with the same number in a year', async () => {
    await postDraft('gazette-issues', { number: 41, year: 2031, publicationDate: '2031-05-01' });
    const { message, fields } = rejection(await postDraft('gazette-issues', { number: 41, year: 2031, publicationDate: '2031-05-02' }));
    expect(fields).toEqual(['number']);
    expect(message).toBe('Số Công báo 41 năm 2031 đã có. Mỗi số chỉ được dùng một lần trong năm.');
  });

  it('names the issue after its number and year', async () => {
    const reply = await postDraft('gazette-issues', { number: 42, year: 2031, publicationDate: '2031-05-03' });
    expect(reply.body.data.title).toBe('Công báo số 42 năm 2031');
  });

  it('warns, in Vietnamese, when numbers are skipped in a year', async () => {
    await postDraft('gazette-issues', { number: 1, year: 2033, publicationDate: '2033-01-05' });
    const skipped = await postDraft('gazette-issues', { number: 4, year: 2033, publicationDate: '2033-02-05' });
    expect(skipped.status).toBe(201);
    expect(skipped.body.data.numberingWarning).toBe('Năm 2033 chưa có số 2, 3: kiểm tra lại thứ tự đánh số trước khi xuất bản.');
    const inOrder = await postDraft('gazette-issues', { number: 2, year: 2033, publicationDate: '2033-01-20' });
    expect(inOrder.body.data.numberingWarning).toBeNull();
  });

  it('refuses a year that is not the publication year', async () => {
    const { fields } = rejection(await postDraft('gazette-issues', { number: 43, year: 2030, publicationDate: '2031-05-03' }));
    expect(fields).toEqual(['year']);
  });
});

describe('Strapi’s own checks, in Vietnamese', () => {
  it('names a missing required field by its label', async () => {
    const { message, fields } = rejection(await post('articles', { summary: 'Chỉ có sapo' }));
    expect(fields).toContain('title');
    expect(message).toContain('Tiêu đề: không được để trống.');
  });

  it('explains a too-long value', async () => {
    const { message } = rejection(await post('articles', { title: 'Đ'.repeat(301), body: fixtures.paragraphs('x') }));
    expect(message).toBe('Tiêu đề: tối đa 300 ký tự.');
  });

  it('explains an invalid email', async () => {
    const open = await fixtures.consultation();
    const { message, fields } = rejection(
      await post('comments', { consultation: open.documentId, fullName: 'Trần Thị B', email: 'khong-phai-email', content: 'x' }),
    );
    expect(fields).toEqual(['email']);
    expect(message).toBe('Thư điện tử: địa chỉ thư điện tử không hợp lệ.');
  });

  it('explains a value outside an enumeration', async () => {
    const { message } = rejection(await post('documents', { number: '6/QĐ-UBND', excerpt: 'x', issuedDate: '2020-01-01', legalStatus: 'valid' }));
    expect(message).toMatch(/^Tình trạng hiệu lực: chỉ nhận một trong các giá trị/);
  });

  it('says when the data payload is missing', async () => {
    const reply = await api('/api/articles', { as: 'full', method: 'POST', body: JSON.stringify({ title: 'x' }) });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe('Thiếu phần "data" trong nội dung yêu cầu.');
  });
});
