import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';
import { api, create, unique, upload } from './rest';

// A 1×1 PNG and a one-page PDF: enough for Strapi's upload to store real files.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');


describe('the content model', () => {
  it('holds an article with its images, video, category, tags and byline', async () => {
    const image = await upload('quang-canh.png', png, 'image/png');
    const category = await create('categories', { name: `Tin trong tỉnh ${unique()}` });
    const tag = await create('tags', { name: `Chuyển đổi số ${unique()}` });
    const article = await create('articles', {
      title: 'Đồng chí Vi Thiện Việt làm việc với Trung tâm Thông tin',
      summary: 'Ngày 22/01/2026, Phó Chánh Văn phòng UBND tỉnh làm việc với Trung tâm Thông tin.',
      body: fixtures.paragraphs('Theo báo cáo tại buổi làm việc…'),
      cover: { image: image.id, caption: 'Quang cảnh buổi làm việc', alt: 'Phòng họp với các đại biểu' },
      gallery: [{ image: image.id, caption: 'Đại biểu phát biểu', alt: 'Người phát biểu tại bục' }],
      video: { url: 'https://example.vn/video/buoi-lam-viec.mp4', caption: 'Toàn cảnh' },
      category: category.documentId,
      tags: [tag.documentId],
      byline: 'Đỗ Hoạt',
      source: 'Văn phòng UBND tỉnh',
      featured: true,
      displayDate: '2026-01-22T08:00:00.000Z',
    });

    const { body } = await api(`/api/articles/${article.documentId}`);
    expect(body.data).toMatchObject({
      title: 'Đồng chí Vi Thiện Việt làm việc với Trung tâm Thông tin',
      slug: 'dong-chi-vi-thien-viet-lam-viec-voi-trung-tam-thong-tin',
      byline: 'Đỗ Hoạt',
      source: 'Văn phòng UBND tỉnh',
      featured: true,
      displayDate: '2026-01-22T08:00:00.000Z',
      locale: 'vi',
      cover: { caption: 'Quang cảnh buổi làm việc', alt: 'Phòng họp với các đại biểu', image: { mime: 'image/png', width: 1 } },
      gallery: [{ caption: 'Đại biểu phát biểu' }],
      video: { url: 'https://example.vn/video/buoi-lam-viec.mp4' },
      category: { name: category.name, slug: category.slug },
      tags: [{ name: tag.name }],
    });
    expect(body.data.body[0].children[0].text).toBe('Theo báo cáo tại buổi làm việc…');
  });

  it('keeps an English edition of an article beside the Vietnamese one', async () => {
    const vi = await create('articles', { title: `Hội nghị chuyển đổi số ${unique()}`, body: fixtures.paragraphs('Tiếng Việt') });
    const en = await api(`/api/articles/${vi.documentId}?locale=en&status=published`, {
      as: 'full',
      method: 'PUT',
      data: { title: 'Digital transformation conference', body: fixtures.paragraphs('English') },
    });
    expect(en.status, JSON.stringify(en.body)).toBe(200);
    const read = await api(`/api/articles/${vi.documentId}?locale=en`);
    expect(read.body.data).toMatchObject({ locale: 'en', title: 'Digital transformation conference', slug: 'digital-transformation-conference' });
    expect((await api(`/api/articles/${vi.documentId}`)).body.data.title).toBe(vi.title);
  });

  it('holds a document with its metadata, files and relations in both directions', async () => {
    const file = await upload('1730-TB-VP.pdf', pdf, 'application/pdf');
    const agency = await fixtures.agency('Văn phòng UBND tỉnh Quảng Ngãi');
    const type = await fixtures.documentType('Thông báo', 'TB');
    const field = await create('fields', { name: `Công nghệ thông tin ${unique()}` });
    const old = await fixtures.legalDocument({ number: '355/QĐ-UBND', issuingAgency: agency.documentId, issuedDate: '2014-03-17' });
    const notice = await fixtures.legalDocument({
      number: '1730/TB-VP',
      excerpt: 'Kết luận của đồng chí Lê Quốc Đạt tại Hội nghị tổng kết công tác năm 2020 của Trung tâm Công báo và Tin học',
      documentType: type.documentId,
      issuingAgency: agency.documentId,
      field: field.documentId,
      signer: 'Nguyễn Xuân Lộc',
      signerTitle: 'TL. Chánh Văn phòng, Trưởng phòng HC-TC',
      issuedDate: '2020-12-21',
      effectiveDate: '2020-12-21',
      files: [file.id],
      replaces: [old.documentId],
    });

    const { body } = await api(`/api/documents/${notice.documentId}`);
    expect(body.data).toMatchObject({
      number: '1730/TB-VP',
      // Other specs use this real number too: the year keeps it apart, a suffix the rest.
      slug: expect.stringMatching(/^1730-tb-vp-2020(-\d+)?$/),
      signer: 'Nguyễn Xuân Lộc',
      issuedDate: '2020-12-21',
      legalStatus: 'in_force',
      documentType: { abbreviation: 'TB' },
      issuingAgency: { name: 'Văn phòng UBND tỉnh Quảng Ngãi' },
      field: { name: field.name },
      files: [{ mime: 'application/pdf', ext: '.pdf' }],
      replaces: [{ number: '355/QĐ-UBND' }],
    });
    const replaced = await api(`/api/documents/${old.documentId}`);
    expect(replaced.body.data.replacedBy).toEqual([expect.objectContaining({ number: '1730/TB-VP' })]);
  });

  it('holds a gazette issue with its PDF and table of contents', async () => {
    const pdfFile = await upload('cong-bao-so-1.pdf', pdf, 'application/pdf');
    const document = await fixtures.legalDocument({ number: '21/2032/QĐ-UBND', issuingAgency: (await fixtures.agency()).documentId, issuedDate: '2032-01-05' });
    const issue = await create('gazette-issues', {
      number: 1,
      year: 2032,
      publicationDate: '2032-01-10',
      pdf: pdfFile.id,
      entries: [{ document: document.documentId, pageFrom: 3, pageTo: 8 }],
    }, { status: 'draft' });
    // An unsigned PDF keeps the issue a draft (see signatures.test.ts).
    const { body } = await api(`/api/gazette-issues?filters[documentId][$eq]=${issue.documentId}&status=draft`, { as: 'full' });
    expect(body.data[0]).toMatchObject({
      number: 1,
      year: 2032,
      title: 'Công báo số 1 năm 2032',
      pdf: { mime: 'application/pdf' },
      entries: [{ pageFrom: 3, pageTo: 8, document: { number: '21/2032/QĐ-UBND' } }],
    });
  });

  it('holds a consultation with its dates, contact and outcome', async () => {
    const agency = await fixtures.agency('Sở Tài chính');
    const consultation = await fixtures.consultation({
      title: 'Dự thảo Nghị quyết quy định mức chi cho công tác Công báo',
      draftingAgency: agency.documentId,
      contact: { name: 'Phòng Ngân sách', email: 'ngansach@stc.example.vn', phone: '02553822111' },
      outcome: fixtures.paragraphs('Đã tiếp thu 12 ý kiến.'),
    });
    const { body } = await api(`/api/consultations/${consultation.documentId}`);
    expect(body.data).toMatchObject({
      slug: 'du-thao-nghi-quyet-quy-dinh-muc-chi-cho-cong-tac-cong-bao',
      openingAt: '2026-10-31T17:00:00.000Z',
      draftingAgency: { name: 'Sở Tài chính' },
      contact: { name: 'Phòng Ngân sách', phone: '02553822111' },
    });
    expect(body.data.outcome[0].children[0].text).toBe('Đã tiếp thu 12 ý kiến.');
  });

  it('gives a new comment a receipt and puts it in the moderation queue', async () => {
    const consultation = await fixtures.consultation();
    const created = await fixtures.comment(consultation.documentId, { organisation: 'Công ty TNHH Minh An', section: 'Khoản 2 Điều 3' });
    expect(created.moderationStatus).toBe('pending');
    expect(created.referenceCode).toMatch(/^GY-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    expect(Date.parse(created.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('holds static pages and the site settings', async () => {
    const page = await create('pages', { title: 'Giới thiệu chung', body: fixtures.paragraphs('Tỉnh nằm ở…') });
    expect(page.slug).toMatch(/^gioi-thieu-chung(-\d+)?$/);
    const settings = await api('/api/site-setting?status=published', {
      as: 'full',
      method: 'PUT',
      data: {
        portalName: 'Cổng Thông tin điện tử tỉnh',
        governingBody: 'Ủy ban nhân dân tỉnh',
        hotline: '0255 3822 111',
        licence: 'Giấy phép số 12/GP-TTĐT',
        socialLinks: [{ label: 'Facebook', url: 'https://facebook.com/congtinh' }],
      },
    });
    expect(settings.status).toBe(200);
    const { body } = await api('/api/site-setting');
    expect(body.data).toMatchObject({ portalName: 'Cổng Thông tin điện tử tỉnh', socialLinks: [{ label: 'Facebook' }] });
  });

  it('runs on the database this suite was started for', () => {
    expect(['sqlite', 'postgres']).toContain(inject('databaseKind'));
  });
});

describe('slugs', () => {
  it('come from the Vietnamese title, with đ as d', async () => {
    const created = await create('categories', { name: `Đổi mới, sáng tạo & Chuyển đổi số ${unique()}` });
    expect(created.slug).toMatch(/^doi-moi-sang-tao-va-chuyen-doi-so-[a-z0-9]+$/);
  });

  it('stay unique when two titles are the same', async () => {
    const title = `Thông báo lịch tiếp công dân ${unique()}`;
    const first = await create('articles', { title, body: fixtures.paragraphs('1') });
    const second = await create('articles', { title, body: fixtures.paragraphs('2') });
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it('keep what the editor typed, made URL-safe', async () => {
    const created = await create('pages', { title: 'Liên hệ', slug: 'Liên hệ Văn phòng', body: fixtures.paragraphs('x') });
    expect(created.slug).toBe('lien-he-van-phong');
  });
});
