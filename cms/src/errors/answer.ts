/**
 * Answers a request with an error in Strapi's shape ({ data: null, error }), as the admin and
 * the site's scripts read it, for the portal's own refusals made outside a controller.
 */
export function answerError(ctx: any, status: number, name: string, message: string): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}
