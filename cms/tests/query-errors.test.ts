import { describe, expect, it } from 'vitest';
import { api, type Caller } from './rest';

// A REST query with a bad parameter answers 400, saying in Vietnamese which parameter, what in
// it is wrong and what it takes, and never revealing a private field by answering differently.

async function refusal(path: string, as: Caller = 'public') {
  const reply = await api(path, { as });
  expect(reply.status, path).toBe(400);
  return reply.body.error as { message: string; details: Record<string, unknown> };
}

describe('a bad parameter is named, with what is allowed', () => {
  it.each([
    ['/api/documents?sort=xyz', /^Tham số sort: trường "xyz" không có trong Văn bản chỉ đạo điều hành; có thể sắp xếp theo: id, documentId, number, slug, excerpt, .*issuedDate/],
    ['/api/documents?sort[0]=issuedDate:up', /^Tham số sort: thứ tự "up" không hợp lệ; dùng asc \(tăng dần\) hoặc desc \(giảm dần\)/],
    ['/api/documents?sort=issuingAgency.xyz:desc', /^Tham số sort: trường "xyz" không có trong Cơ quan ban hành; có thể sắp xếp theo: id, documentId, name, abbreviation/],
    ['/api/documents?fields[0]=number&fields[1]=xyz', /^Tham số fields: trường "xyz" không có trong Văn bản chỉ đạo điều hành; có thể chọn: number, slug, excerpt/],
    ['/api/documents?populate=xyz', /^Tham số populate: "xyz" không phải quan hệ, tệp hay thành phần của Văn bản chỉ đạo điều hành; có thể nạp: documentType, issuingAgency, field, files/],
    ['/api/documents?populate[issuingAgency][fields][0]=xyz', /^Tham số populate\[issuingAgency\]\[fields\]: trường "xyz" không có trong Cơ quan ban hành; có thể chọn: name, abbreviation/],
    ['/api/articles?populate[cover][fields][0]=xyz', /^Tham số populate\[cover\]\[fields\]: trường "xyz" không có trong Ảnh kèm chú thích; có thể chọn: caption, alt\.$/],
    ['/api/documents?filters[xyz][$eq]=1', /^Tham số filters: trường "xyz" không có trong Văn bản chỉ đạo điều hành; có thể lọc theo: id, documentId, number/],
    ['/api/documents?filters[issuingAgency][xyz][$eq]=1', /^Tham số filters\[issuingAgency\]: trường "xyz" không có trong Cơ quan ban hành; có thể lọc theo: id, documentId, name/],
    ['/api/documents?filters[$or][0][xyz][$eq]=1', /^Tham số filters\[\$or\]\[0\]: trường "xyz" không có trong Văn bản/],
    ['/api/documents?filters[number][$bogus]=1', /^Tham số filters\[number\]: toán tử "\$bogus" không có; dùng một trong: \$eq, \$eqi, \$ne/],
    ['/api/documents?filters[$eq]=1', /^Tham số filters: toán tử "\$eq" phải đứng sau tên một trường, ví dụ filters\[title\]\[\$eq\]=…; ở đây chỉ dùng \$and, \$or, \$not\.$/],
    ['/api/documents?filters[$or][number]=1', /^Tham số filters\[\$or\]: cần một danh sách điều kiện/],
    ['/api/agencies?filters[order][$eq]=abc', /^Tham số filters\[order\]\[\$eq\]: cần một số nguyên, ví dụ 10, nhận được "abc"\.$/],
    ['/api/documents?filters[issuedDate][$gt]=hom-qua', /^Tham số filters\[issuedDate\]\[\$gt\]: cần một ngày dạng 2024-05-01, nhận được "hom-qua"\.$/],
    ['/api/documents?filters[publishedAt][$gt]=hom-qua', /^Tham số filters\[publishedAt\]\[\$gt\]: cần một thời điểm dạng 2024-05-01T08:00:00\+07:00, nhận được "hom-qua"\.$/],
    ['/api/documents?filters=abc', /^Tham số filters: cần dạng filters\[trường\]\[toán tử\]=giá trị/],
    ['/api/documents?pagination[page]=abc', /^Tham số pagination\[page\]: cần một số nguyên lớn hơn 0, ví dụ pagination\[page\]=2, nhận được "abc"\.$/],
    ['/api/documents?pagination[page]=1&pagination[start]=0', /^Tham số pagination: dùng pagination\[page\] và pagination\[pageSize\], hoặc pagination\[start\] và pagination\[limit\], không dùng cả hai/],
    ['/api/documents?pagination[withCount]=maybe', /^Tham số pagination\[withCount\]: chỉ nhận true hoặc false\.$/],
  ])('%s', async (path, message) => {
    const error = await refusal(path);
    expect(error.message).toMatch(message);
    expect(error.details.source).toBe('query');
  });

  it('lists in `details` what the parameter takes, for a program to read', async () => {
    const error = await refusal('/api/tags?sort=xyz');
    expect(error.details).toEqual({ source: 'query', param: 'sort', key: 'xyz', allowed: ['id', 'documentId', 'name', 'slug', 'createdAt', 'updatedAt', 'publishedAt', 'locale'] });
  });
});

describe('a private field answers as one that does not exist', () => {
  /** The answers about a private field and about a made-up one, the same but for the name. */
  const sameAnswer = async (path: (name: string) => string, privateName: string, as: Caller) => {
    const known = JSON.stringify(await refusal(path(privateName), as)).replaceAll(privateName, 'NAME');
    const unknown = JSON.stringify(await refusal(path('khongco'), as)).replaceAll('khongco', 'NAME');
    expect(known).toBe(unknown);
    return JSON.parse(known) as { message: string; details: { allowed?: string[] } };
  };

  it("for the public, a filter through a consultation's comments names only the relation it may not read", async () => {
    for (const name of ['email', 'fullName', 'khongco']) {
      const error = await refusal(`/api/consultations?filters[comments][${name}][$eq]=a`);
      expect(error.message).toMatch(/^Tham số filters: trường "comments" không có trong Dự thảo lấy ý kiến; có thể lọc theo: /);
      expect(error.details.allowed).not.toContain('comments');
    }
  });

  it.each([
    ['filters', (name: string) => `/api/comments?filters[${name}][$eq]=a`],
    ['sort', (name: string) => `/api/comments?sort=${name}`],
    ['fields', (name: string) => `/api/comments?fields[0]=${name}`],
    ['filters through a consultation', (name: string) => `/api/consultations?filters[comments][${name}][$eq]=a`],
  ])("for the site's token, which reads comments, their e-mail and phone are neither offered nor told apart (%s)", async (_param, path) => {
    for (const privateName of ['email', 'phone']) {
      const error = await sameAnswer(path, privateName, 'site');
      expect(error.details.allowed).toContain('fullName');
      expect(error.details.allowed).not.toContain('email');
      expect(error.details.allowed).not.toContain('phone');
    }
  });

  it("for the public, a document's private field (who allowed publishing despite a bad signature)", async () => {
    const error = await sameAnswer((name) => `/api/documents?sort=${name}`, 'signatureOverrideBy', 'public');
    expect(error.details.allowed).not.toContain('signatureOverrideBy');
  });
});
