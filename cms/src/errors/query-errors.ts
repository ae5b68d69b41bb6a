import { isOperator } from '@strapi/utils';
import { isObject, locate, model, names, type Param, type Problem, type QueryErrorContext } from './query-problems';

export type { QueryErrorContext } from './query-problems';

// A REST query Strapi refused, said in Vietnamese: which parameter, what in it is wrong, and
// what the caller may write instead. Strapi decides; this only describes. What it lists is
// what the caller may read, so a private field (a comment's e-mail) or a relation into a type
// the caller may not read answers exactly as a field that does not exist.

// The operators worth offering (Strapi's where-operators, less its internal $jsonSupersetOf).
const operators = [
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull',
  '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
  '$not', '$and', '$or',
];
const verbs: Record<Param, string> = { filters: 'có thể lọc theo', sort: 'có thể sắp xếp theo', fields: 'có thể chọn', populate: 'có thể nạp' };

/**
 * The Vietnamese message and details for a 400 caused by the query, or undefined when the
 * error is not about the query.
 */
export function queryError(
  ctx: QueryErrorContext,
  error: { message: string; details?: Record<string, unknown> },
): { message: string; details: Record<string, unknown> } | undefined {
  if (error.details?.errors) return undefined;
  const param = error.details?.source === 'query' ? (error.details.param as string) : paramOfMessage(error.message);
  if (!param) return undefined;
  const root = model(ctx.strapi, ctx.uid);
  if (root && (param === 'filters' || param === 'sort' || param === 'fields' || param === 'populate')) {
    const found = locate(ctx, root, param, ctx.query[param]);
    const problem = found ?? { kind: 'field', param, where: param, name: String(error.details?.key ?? ''), model: root };
    if (problem.kind !== 'field' || problem.name) return describe(ctx, problem);
  }
  if (param.startsWith('pagination')) return pagination(ctx.query.pagination, error.message);
  return { message: fixedMessage(param, error.message), details: { source: 'query', param } };
}

// Page numbering (page, pageSize) or offsets (start, limit): which value is wrong, from the query.
const paginationRules: Array<[string, (n: number) => boolean, string]> = [
  ['page', (n) => n > 0, 'một số nguyên lớn hơn 0, ví dụ pagination[page]=2'],
  ['pageSize', (n) => n > 0, 'một số nguyên lớn hơn 0, ví dụ pagination[pageSize]=20'],
  ['start', (n) => n >= 0, 'một số nguyên từ 0 trở lên, ví dụ pagination[start]=20'],
  ['limit', (n) => n >= -1, 'một số nguyên từ 0 trở lên, ví dụ pagination[limit]=20'],
];

function pagination(value: unknown, message: string): { message: string; details: Record<string, unknown> } {
  const given = isObject(value) ? value : {};
  for (const [key, ok, expected] of paginationRules) {
    if (!(key in given)) continue;
    const number = Number(given[key]);
    if (!Number.isInteger(number) || !ok(number)) {
      return { message: `Tham số pagination[${key}]: cần ${expected}, nhận được "${String(given[key])}".`, details: { source: 'query', param: `pagination[${key}]`, value: given[key] } };
    }
  }
  const param = /withCount/i.test(message) ? 'pagination[withCount]' : 'pagination';
  return { message: fixedMessage(param, message), details: { source: 'query', param } };
}

// Strapi's messages that name no parameter in their details, by the parameter they are about.
const messageParams: Array<[RegExp, string]> = [
  [/^Invalid order|^Invalid sort|^Field cannot be empty/i, 'sort'],
  [/^Invalid '?page|^convert(Start|Limit)QueryParams|withCount|pagination/i, 'pagination'],
  [/populate/i, 'populate'],
  [/^Invalid fields parameter/i, 'fields'],
  [/^The filters parameter|^Invalid format, expected|^Invalid time format|^Invalid boolean input/i, 'filters'],
];

function paramOfMessage(message: string): string | undefined {
  return messageParams.find(([pattern]) => pattern.test(message))?.[1];
}

/** What to write instead, for the errors whose place in the query does not matter. */
function fixedMessage(param: string, message: string): string {
  if (/ISO compatible date|expected yyyy-MM-dd/i.test(message)) return 'Tham số filters: có giá trị ngày không hợp lệ; viết ngày theo dạng 2024-05-01.';
  if (/timestamp or an ISO date/i.test(message)) return 'Tham số filters: có giá trị thời điểm không hợp lệ; viết theo dạng 2024-05-01T08:00:00+07:00.';
  if (/Invalid time format/i.test(message)) return 'Tham số filters: có giá trị giờ không hợp lệ; viết theo dạng 08:30:00.';
  if (/Invalid boolean input/i.test(message)) return 'Tham số filters: giá trị đúng/sai chỉ nhận true hoặc false.';
  const text: Record<string, string> = {
    sort: 'viết tên trường, có thể kèm :asc (tăng dần) hoặc :desc (giảm dần), ví dụ sort=publishedAt:desc hoặc sort[0]=title:asc.',
    'pagination[withCount]': 'chỉ nhận true hoặc false.',
    pagination: 'dùng pagination[page] và pagination[pageSize], hoặc pagination[start] và pagination[limit], không dùng cả hai cách trong một yêu cầu.',
    populate: 'cần tên quan hệ, tệp hoặc thành phần, ví dụ populate[0]=cover hoặc populate[category][fields][0]=name.',
    fields: 'cần tên trường, ví dụ fields[0]=title&fields[1]=slug.',
    filters: 'cần dạng filters[trường][toán tử]=giá trị, ví dụ filters[title][$containsi]=chuyển đổi số.',
  };
  return `Tham số ${param}: ${text[param] ?? 'giá trị không hợp lệ.'}`;
}

function describe(ctx: QueryErrorContext, problem: Problem): { message: string; details: Record<string, unknown> } {
  const { kind, param, where, name } = problem;
  const modelName = problem.model.info?.displayName ?? problem.model.uid;
  if (kind === 'operator') {
    const misplaced = isOperator(name);
    return {
      message: misplaced
        ? `Tham số ${where}: toán tử "${name}" phải đứng sau tên một trường, ví dụ filters[title][${name}]=…; ở đây chỉ dùng $and, $or, $not.`
        : `Tham số ${where}: toán tử "${name}" không có; dùng một trong: ${operators.join(', ')}.`,
      details: { source: 'query', param: where, key: name, allowed: misplaced ? ['$and', '$or', '$not'] : operators },
    };
  }
  if (kind === 'group') {
    return {
      message: `Tham số ${where}: cần một danh sách điều kiện, ví dụ ${where}[0][title][$containsi]=a&${where}[1][title][$containsi]=b.`,
      details: { source: 'query', param: where, key: name },
    };
  }
  if (kind === 'value') {
    return {
      message: `Tham số ${where}: cần ${problem.expected}, nhận được "${name}".`,
      details: { source: 'query', param: where, value: name },
    };
  }
  if (kind === 'order') {
    return {
      message: `Tham số ${where}: thứ tự "${name}" không hợp lệ; dùng asc (tăng dần) hoặc desc (giảm dần), ví dụ sort=title:desc.`,
      details: { source: 'query', param: where, key: name, allowed: ['asc', 'desc'] },
    };
  }
  const allowed = names(ctx, problem.model, param);
  const what = param === 'populate' ? `"${name}" không phải quan hệ, tệp hay thành phần của ${modelName}` : `trường "${name}" không có trong ${modelName}`;
  const offer = allowed.length ? `${verbs[param]}: ${allowed.join(', ')}.` : `${modelName} không có gì để ${param === 'populate' ? 'nạp thêm' : 'dùng ở đây'}.`;
  return { message: `Tham số ${where}: ${what}; ${offer}`, details: { source: 'query', param: where, key: name, allowed } };
}

