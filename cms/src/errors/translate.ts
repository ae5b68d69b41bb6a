import { quotedLink, SAFE_LINK_HINT } from '@cong/shared';
import { fieldLabel } from '../content/labels';

export interface ErrorBody {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: { errors?: Array<{ path: Array<string | number>; message: string; name?: string; value?: unknown }> } & Record<string, unknown>;
  };
}

// Strapi's and yup's English messages, in the order they are tried. `$label` is the field.
const fieldMessages: Array<[RegExp, (label: string, match: RegExpMatchArray) => string]> = [
  [/must be defined|is a required field|cannot be null|must not be null|final value was: `(null|undefined)`/i, (l) => `${l}: không được để trống.`],
  [/must be at most (\d+) characters/i, (l, m) => `${l}: tối đa ${m[1]} ký tự.`],
  [/must be at least (\d+) characters/i, (l, m) => `${l}: tối thiểu ${m[1]} ký tự.`],
  [/must be less than or equal to (\S+)/i, (l, m) => `${l}: không được lớn hơn ${m[1]}.`],
  [/must be greater than or equal to (\S+)/i, (l, m) => `${l}: không được nhỏ hơn ${m[1]}.`],
  [/must be a valid email/i, (l) => `${l}: địa chỉ thư điện tử không hợp lệ.`],
  [/must be unique|already taken/i, (l) => `${l}: giá trị này đã được dùng, hãy chọn giá trị khác.`],
  [/must be one of the following values: (.*)/i, (l, m) => `${l}: chỉ nhận một trong các giá trị ${m[1]!.replace(/,\s*$/, '')}.`],
  [/must match the following/i, (l) => `${l}: không đúng định dạng.`],
  [/must be a `?(number|integer)`? type|must be an integer|must be a number/i, (l) => `${l}: phải là một số.`],
  [/must be a `?date`? type|Invalid (date|time|datetime)|must be a valid date/i, (l) => `${l}: ngày giờ không hợp lệ.`],
  [/must be a `?boolean`? type/i, (l) => `${l}: phải là đúng hoặc sai.`],
  [/must be a `?(\w+)`? type/i, (l) => `${l}: kiểu dữ liệu không đúng.`],
  [/Invalid key|is not a valid field|Invalid parameter/i, (l) => `Trường "${l}" không có trong loại nội dung này.`],
];

const wholeMessages: Array<[RegExp, string]> = [
  [/^Missing "data" payload in the request body$/i, 'Thiếu phần "data" trong nội dung yêu cầu.'],
  [/^Invalid status$/i, 'Trạng thái không hợp lệ.'],
  [/^Forbidden$/i, 'Bạn không có quyền thực hiện thao tác này.'],
  [/^Unauthorized$|^Missing or invalid credentials$/i, 'Cần đăng nhập hoặc khóa API hợp lệ.'],
  [/^Not Found$/i, 'Không tìm thấy nội dung yêu cầu.'],
  [/^Method Not Allowed$/i, 'Phương thức không được hỗ trợ.'],
  [/^Internal Server Error$/i, 'Lỗi máy chủ. Vui lòng thử lại sau.'],
  [/^(Bad Request|Invalid request body)$/i, 'Yêu cầu không hợp lệ.'],
  [/^Payload Too Large$|request entity too large/i, 'Dữ liệu gửi lên quá lớn.'],
  [/^Too Many Requests$/i, 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau.'],
];

// A message already in Vietnamese (our own rules) has letters English never uses.
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** One field error in Vietnamese, naming the field by its label (and a refused link by its address). */
export function translateFieldMessage(uid: string | undefined, path: Array<string | number>, message: string, value?: unknown): string {
  if (vietnamese.test(message)) return message;
  // Strapi's own check of a rich-text link (path: body.0.children.1.url): the field is the first step.
  if (/^Please specify a valid link/i.test(message)) {
    const field = uid && path.length ? fieldLabel(uid, String(path[0])) : 'nội dung';
    return `Liên kết ${quotedLink(value)} trong ${field}: không phải một địa chỉ hợp lệ. ${SAFE_LINK_HINT}`;
  }
  const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? '';
  const label = uid ? fieldLabel(uid, field) : field;
  for (const [pattern, render] of fieldMessages) {
    const match = message.match(pattern);
    if (match) return render(label || 'Dữ liệu', match);
  }
  return `${label || 'Dữ liệu'}: giá trị không hợp lệ.`;
}

/** Strapi's error body with every message a person reads put into Vietnamese. */
export function translateErrorBody(body: ErrorBody, uid?: string): ErrorBody {
  const error = { ...body.error };
  const fieldErrors = error.details?.errors;
  if (fieldErrors?.length) {
    const translated = fieldErrors.map((fieldError) => ({
      ...fieldError,
      message: translateFieldMessage(uid, fieldError.path, fieldError.message, fieldError.value),
    }));
    error.details = { ...error.details, errors: translated };
    // A message the portal wrote itself (already Vietnamese) stays as it is.
    if (!vietnamese.test(error.message)) error.message =
      translated.length === 1
        ? translated[0]!.message
        : `Có ${translated.length} lỗi cần sửa: ${translated.map((e) => e.message).join(' ')}`;
  } else if (!vietnamese.test(error.message)) {
    const whole = wholeMessages.find(([pattern]) => pattern.test(error.message));
    if (whole) error.message = whole[1];
    // An unknown field in the body ("Invalid key xyz") names it in details.key.
    else if (error.status === 400) error.message = translateFieldMessage(uid, typeof error.details?.key === 'string' ? [error.details.key] : [], error.message);
  }
  return { ...body, error };
}
