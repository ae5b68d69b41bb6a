// The public comment form (góp ý dự thảo): its fields, limits and Vietnamese messages, shared
// by the CMS (which decides) and the site (which checks before sending, to save a round trip).
import { invisibleOnlyMessage, onlyInvisible, plainText } from './plain-text.js';

/** What a citizen sends. */
export interface CommentInput {
  consultation: string;
  fullName: string;
  organisation?: string;
  email: string;
  phone?: string;
  section?: string;
  content: string;
}

export type CommentField = keyof CommentInput;

export const COMMENT_LIMITS = {
  fullName: 200,
  organisation: 300,
  email: 254,
  phone: 20,
  section: 300,
  content: 10_000,
} as const;

/** A field the citizen fills in: how the form asks for it. */
export interface CommentFormField {
  name: Exclude<CommentField, 'consultation'>;
  input: 'text' | 'email' | 'tel' | 'textarea';
  required: boolean;
  /** The browser's autofill hint (HTML `autocomplete`). */
  autocomplete: string;
}

/** The fields in the order both forms (the site's, the CMS's refilled one) show them. */
export const COMMENT_FORM_FIELDS: readonly CommentFormField[] = [
  { name: 'fullName', input: 'text', required: true, autocomplete: 'name' },
  { name: 'organisation', input: 'text', required: false, autocomplete: 'organization' },
  { name: 'email', input: 'email', required: true, autocomplete: 'email' },
  { name: 'phone', input: 'tel', required: false, autocomplete: 'tel' },
  { name: 'section', input: 'text', required: false, autocomplete: 'off' },
  { name: 'content', input: 'textarea', required: true, autocomplete: 'off' },
];

// Bots fill every field they see: people never see this one, so any value in it means a bot.
export const COMMENT_HONEYPOT_FIELD = 'website';
// When the page showed the form (milliseconds since 1970, set by the site's script): a bot
// sends faster than anyone can read a draft.
export const COMMENT_STARTED_AT_FIELD = 'startedAt';

export const commentFieldLabels: Record<CommentField, string> = {
  consultation: 'Dự thảo',
  fullName: 'Họ và tên',
  organisation: 'Cơ quan/tổ chức',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  section: 'Điều, khoản góp ý',
  content: 'Nội dung góp ý',
};

const email = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/u;
// Mobile 0[35789]xxxxxxxx, landline 02xxxxxxxxx; +84 or 84 in place of the leading 0.
const phone = /^(?:\+?84|0)(?:[35789]\d{8}|2\d{9})$/;

// What a citizen types is stored as it reads (plain-text.ts): invisible characters are
// removed rather than refused, since nobody can see them to take them out (Word and chat apps
// paste U+200B and U+FEFF unseen); a required field left with nothing visible is refused.
const tidy: Record<CommentField, (value: string) => string> = {
  consultation: (value) => plainText(value),
  fullName: (value) => plainText(value).replace(/\s+/g, ' '),
  organisation: (value) => plainText(value).replace(/\s+/g, ' '),
  email: (value) => plainText(value).toLowerCase(),
  phone: (value) => plainText(value).replace(/[\s.()-]/g, ''),
  section: (value) => plainText(value).replace(/\s+/g, ' '),
  // The only multi-line field: its line breaks and tabs stay.
  content: (value) => plainText(value, { lines: true }),
};

/** One field as it is stored: what cannot be seen removed, Vietnamese letters composed (NFC). */
export function cleanCommentField(field: CommentField, value: unknown): string {
  return typeof value === 'string' ? tidy[field](value) : '';
}

/**
 * Checks a submission. Returns the cleaned input and, per field, what is wrong in words a
 * citizen understands; no errors means it may be stored.
 */
export function validateCommentInput(raw: Record<string, unknown>): {
  input: CommentInput;
  errors: Partial<Record<CommentField, string>>;
} {
  const input: CommentInput = {
    consultation: cleanCommentField('consultation', raw.consultation),
    fullName: cleanCommentField('fullName', raw.fullName),
    organisation: cleanCommentField('organisation', raw.organisation) || undefined,
    email: cleanCommentField('email', raw.email),
    phone: cleanCommentField('phone', raw.phone) || undefined,
    section: cleanCommentField('section', raw.section) || undefined,
    content: cleanCommentField('content', raw.content),
  };
  const errors: Partial<Record<CommentField, string>> = {};
  const tooLong = (field: keyof typeof COMMENT_LIMITS, value: string | undefined) => {
    if (value && [...value].length > COMMENT_LIMITS[field]) {
      errors[field] = `${commentFieldLabels[field]} dài quá ${COMMENT_LIMITS[field].toLocaleString('vi-VN')} ký tự (hiện có ${[...value].length.toLocaleString('vi-VN')}).`;
    }
  };

  if (!input.consultation) errors.consultation = 'Không rõ góp ý cho dự thảo nào. Vui lòng mở lại trang dự thảo và gửi lại.';
  const missing = (field: 'fullName' | 'email' | 'content', message: string) => {
    if (!input[field]) errors[field] = onlyInvisible(raw[field], input[field]) ? invisibleOnlyMessage(commentFieldLabels[field]) : message;
    return !input[field];
  };
  missing('fullName', 'Vui lòng nhập họ và tên.');
  tooLong('fullName', input.fullName);
  tooLong('organisation', input.organisation);
  const noEmail = missing('email', 'Vui lòng nhập địa chỉ thư điện tử để cơ quan soạn thảo có thể liên hệ khi cần.');
  if (!noEmail && (!email.test(input.email) || input.email.length > COMMENT_LIMITS.email)) {
    errors.email = 'Địa chỉ thư điện tử chưa đúng, ví dụ: nguyenvana@gmail.com.';
  }
  if (input.phone && !phone.test(input.phone)) {
    errors.phone = 'Số điện thoại chưa đúng: 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678), hoặc số cố định 11 chữ số (ví dụ 0255 3822 111).';
  }
  tooLong('section', input.section);
  missing('content', 'Vui lòng nhập nội dung góp ý.');
  tooLong('content', input.content);
  return { input, errors };
}
