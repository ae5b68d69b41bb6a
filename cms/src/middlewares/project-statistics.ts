import { answerError } from '../errors/answer';
import { asRouted } from '../utils/route-path';

// What the project's statistics tell: how many admin users, webhooks, API tokens and files the
// CMS has. The admin shows them to super admins only (its "Project statistics" widget), but
// answers any signed-in admin who asks, a unit's editor included.
const route = '/admin/homepage/key-statistics';
const needed = ['admin::users.read', 'admin::webhooks.read', 'admin::api-tokens.read'];

/** Answers the project's statistics only to an admin who may read its users, webhooks and API tokens; anyone else is told so in Vietnamese. */
export default () => async (ctx: any, next: () => Promise<void>) => {
  await next();
  // As the router matches it: any case, with or without a trailing slash.
  if (asRouted(ctx.path) !== asRouted(route) || ctx.status !== 200) return;
  const ability = ctx.state?.userAbility;
  if (ability && needed.every((action) => ability.can(action))) return;
  answerError(ctx, 403, 'ForbiddenError', 'Chỉ quản trị viên hệ thống xem được thống kê của dự án (số tài khoản quản trị, webhook, khóa API, tệp).');
};
