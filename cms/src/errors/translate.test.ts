import { describe, expect, it } from 'vitest';
import { translateErrorBody, translateFieldMessage } from './translate';

describe('translateFieldMessage', () => {
  const uid = 'api::article.article';
  it.each([
    [['title'], 'title must be a `string` type, but the final value was: `null`.', 'Tiêu đề: không được để trống.'],
    [['title'], 'title must be defined.', 'Tiêu đề: không được để trống.'],
    [['title'], 'title must be at most 300 characters', 'Tiêu đề: tối đa 300 ký tự.'],
    [['slug'], 'This attribute must be unique', 'Đường dẫn (slug): giá trị này đã được dùng, hãy chọn giá trị khác.'],
    [['featured'], 'featured must be a `boolean` type', 'Tin nổi bật: phải là đúng hoặc sai.'],
    [['cover', 'caption'], 'caption must be at most 500 characters', 'caption: tối đa 500 ký tự.'],
    [['displayDate'], 'Invalid date', 'Ngày đăng hiển thị: ngày giờ không hợp lệ.'],
    [['title'], 'something Strapi has never said', 'Tiêu đề: giá trị không hợp lệ.'],
    [['number'], 'Số ký hiệu đã được dùng.', 'Số ký hiệu đã được dùng.'],
  ])('%j: %s', (path, english, vietnamese) => {
    expect(translateFieldMessage(uid, path, english)).toBe(vietnamese);
  });
});

describe('translateFieldMessage of a rich-text link', () => {
  it("names the link and the field it is in, from Strapi's own check", () => {
    expect(translateFieldMessage('api::article.article', ['body', '0', 'children', '1', 'url'], 'Please specify a valid link.', '#dieu-3')).toBe(
      'Liên kết "#dieu-3" trong Nội dung: không phải một địa chỉ hợp lệ. Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc đường dẫn trong Cổng bắt đầu bằng / (ví dụ /tin-tuc).',
    );
  });
});

describe('translateErrorBody', () => {
  it('keeps the status and structure and joins several field errors', () => {
    const body = translateErrorBody(
      {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: '2 errors occurred',
          details: {
            errors: [
              { path: ['title'], message: 'title must be defined.' },
              { path: ['body'], message: 'body must be defined.' },
            ],
          },
        },
      },
      'api::page.page',
    );
    expect(body.error.status).toBe(400);
    expect(body.error.details?.errors?.map((e) => e.message)).toEqual([
      'Tiêu đề: không được để trống.',
      'Nội dung: không được để trống.',
    ]);
    expect(body.error.message).toBe('Có 2 lỗi cần sửa: Tiêu đề: không được để trống. Nội dung: không được để trống.');
  });

  it('names a field the body sends that the content type does not have', () => {
    const body = translateErrorBody(
      { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key xyz', details: { key: 'xyz', source: 'body' } } },
      'api::article.article',
    );
    expect(body.error.message).toBe('Trường "xyz" không có trong loại nội dung này.');
  });

  it.each([
    [403, 'Forbidden', 'Bạn không có quyền thực hiện thao tác này.'],
    [401, 'Missing or invalid credentials', 'Cần đăng nhập hoặc khóa API hợp lệ.'],
    [404, 'Not Found', 'Không tìm thấy nội dung yêu cầu.'],
    [500, 'Internal Server Error', 'Lỗi máy chủ. Vui lòng thử lại sau.'],
  ])('%i %s', (status, message, vietnamese) => {
    expect(translateErrorBody({ data: null, error: { status, name: 'Error', message } }).error.message).toBe(vietnamese);
  });
});
