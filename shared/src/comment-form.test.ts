import { describe, expect, it } from 'vitest';
import {
  COMMENT_FORM_FIELDS,
  COMMENT_HONEYPOT_FIELD,
  COMMENT_LIMITS,
  COMMENT_STARTED_AT_FIELD,
  commentFieldLabels,
  validateCommentInput,
} from './comment-form.js';

const valid = {
  consultation: 'abc123',
  fullName: 'Nguyễn Văn An',
  email: 'an@example.vn',
  content: 'Đề nghị làm rõ khoản 2 Điều 3.',
};

describe('validateCommentInput', () => {
  it('accepts a complete comment and tidies it', () => {
    const { input, errors } = validateCommentInput({ ...valid, fullName: '  Nguyễn   Văn An ', email: 'An@Example.VN', phone: '0912 345 678', organisation: '' });
    expect(errors).toEqual({});
    expect(input).toMatchObject({ fullName: 'Nguyễn Văn An', email: 'an@example.vn', phone: '0912345678', organisation: undefined });
  });

  it.each([
    ['fullName', { fullName: '' }, 'Vui lòng nhập họ và tên.'],
    ['fullName', { fullName: 'A'.repeat(201) }, 'Họ và tên dài quá 200 ký tự (hiện có 201).'],
    ['email', { email: '' }, 'Vui lòng nhập địa chỉ thư điện tử'],
    ['email', { email: 'an@example' }, 'Địa chỉ thư điện tử chưa đúng'],
    ['email', { email: 'an example@x.vn' }, 'Địa chỉ thư điện tử chưa đúng'],
    ['phone', { phone: '12345' }, 'Số điện thoại chưa đúng'],
    ['phone', { phone: '0112345678' }, 'Số điện thoại chưa đúng'],
    ['content', { content: '   ' }, 'Vui lòng nhập nội dung góp ý.'],
    ['content', { content: 'x'.repeat(10_001) }, 'Nội dung góp ý dài quá 10.000 ký tự (hiện có 10.001).'],
    ['consultation', { consultation: '' }, 'Không rõ góp ý cho dự thảo nào'],
  ])('refuses a bad %s', (field, change, message) => {
    const { errors } = validateCommentInput({ ...valid, ...change });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toContain(message);
  });

  it.each(['0912345678', '+84912345678', '84 912 345 678', '0255.3822.111', '(0255) 3822 111'])('accepts the phone number %s', (phone) => {
    expect(validateCommentInput({ ...valid, phone }).errors).toEqual({});
  });

  it('counts Vietnamese letters as one character each, however they were typed', () => {
    const decomposed = 'ệ'.normalize('NFD').repeat(10_000);
    expect(validateCommentInput({ ...valid, content: decomposed }).errors).toEqual({});
  });

  it.each([
    ['fullName', { fullName: '\u200B\u200C\u2060' }],
    ['fullName', { fullName: '\u202E\u202E' }],
    ['email', { email: '\u200B' }],
    ['content', { content: '\u0000\u200B\u202E' }],
  ])('refuses a %s in which nothing typed can be seen, saying so', (field, change) => {
    const { errors } = validateCommentInput({ ...valid, ...change });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toContain('chỉ có ký tự ẩn, không hiển thị được');
  });

  it('stores every field as it reads: controls, bidi overrides and zero-width characters removed, letters composed', () => {
    const { input, errors } = validateCommentInput({
      consultation: 'abc\u200B123',
      fullName: 'Nguyễn\u0000 Văn\u202E An'.normalize('NFD'),
      organisation: 'Sở\u200B Tư pháp\u0007',
      email: 'an\u200B@example.vn\uFEFF',
      phone: '0912\u200B345\u2066678',
      section: 'Điều\u200F 3',
      content: 'Dòng một\u0000\r\n\tDòng hai\u202E',
    });
    expect(errors).toEqual({});
    expect(input).toEqual({
      consultation: 'abc123',
      fullName: 'Nguyễn Văn An',
      organisation: 'Sở Tư pháp',
      email: 'an@example.vn',
      phone: '0912345678',
      section: 'Điều 3',
      content: 'Dòng một\n\tDòng hai',
    });
  });

  it('keeps markup as plain text (it is shown escaped, never run)', () => {
    const { input, errors } = validateCommentInput({ ...valid, content: '<script>alert(1)</script>' });
    expect(errors).toEqual({});
    expect(input.content).toBe('<script>alert(1)</script>');
  });
});

describe('the form both sides draw (COMMENT_FORM_FIELDS)', () => {
  const names = COMMENT_FORM_FIELDS.map((field) => field.name);

  it('marks as required exactly the fields a comment is refused without', () => {
    const missing = Object.keys(validateCommentInput({ consultation: 'abc123' }).errors);
    expect(missing.sort()).toEqual(COMMENT_FORM_FIELDS.filter((field) => field.required).map((field) => field.name).sort());
  });

  it('has a length limit and a label for every field, and no limit for a field it does not show', () => {
    expect(Object.keys(COMMENT_LIMITS).sort()).toEqual([...names].sort());
    for (const name of names) expect(commentFieldLabels[name]).toBeTruthy();
  });

  it('keeps the bot traps apart from what a citizen sends', () => {
    for (const trap of [COMMENT_HONEYPOT_FIELD, COMMENT_STARTED_AT_FIELD]) {
      expect(Object.keys(commentFieldLabels)).not.toContain(trap);
      expect(validateCommentInput({ ...valid, [trap]: 'x' }).input).not.toHaveProperty(trap);
    }
  });
});
