import { siteChangeEvents } from '@cong/shared';

/** The largest webhook body read, in bytes: Strapi's carry one entry, a long one far below this. */
export const WEBHOOK_MAX_BYTES = 1_048_576;

/**
 * A Strapi webhook, as far as the publisher reads it: `{ event, createdAt, model, uid, entry }`
 * for entries, `{ event, createdAt, media }` for the media library (Strapi 5's webhook runner
 * and event hub), `{ event, createdAt }` for the rest ("trigger-test" from Settings > Webhooks).
 */
export interface StrapiWebhook {
  event: string;
  createdAt?: string;
  model?: string;
  uid?: string;
  entry?: { publishedAt?: string | null } & Record<string, unknown>;
  media?: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The body as a Strapi webhook, or why it is not one, in Vietnamese (answered with a 400). */
export function parseWebhook(text: string): { webhook: StrapiWebhook } | { error: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: 'Nội dung webhook không phải JSON hợp lệ.' };
  }
  if (!isObject(body)) return { error: 'Nội dung webhook phải là một đối tượng JSON như Strapi gửi (event, model, uid, entry…).' };
  const { event, createdAt, model, uid, entry, media } = body;
  if (typeof event !== 'string' || !/^[\w-]+(\.[\w-]+)*$/.test(event) || event.length > 100) {
    return { error: 'Webhook thiếu "event" hợp lệ (ví dụ "entry.publish").' };
  }
  if (createdAt !== undefined && typeof createdAt !== 'string') return { error: 'Trường "createdAt" của webhook phải là chuỗi thời gian.' };
  if (event.startsWith('entry.') && (typeof model !== 'string' || typeof uid !== 'string' || !isObject(entry))) {
    return { error: `Webhook "${event}" phải có "model", "uid" (chuỗi) và "entry" (đối tượng).` };
  }
  if (event.startsWith('media.') && !isObject(media)) return { error: `Webhook "${event}" phải có "media" (đối tượng).` };
  return { webhook: body as unknown as StrapiWebhook };
}

const siteEvents = new Set<string>(siteChangeEvents);

/**
 * What a Strapi webhook asks of the site: a trigger naming the event and content type, or
 * null when nothing the public sees changed (a draft saved, an admin-only type).
 */
export function webhookTrigger(body: Partial<StrapiWebhook>): string | null {
  const { event, uid } = body;
  if (!event || !siteEvents.has(event)) return null;
  if (event.startsWith('media.')) return event;
  if (!uid?.startsWith('api::')) return null;
  // Saving a draft fires create/update with no publishedAt: the site shows only what is published.
  if ((event === 'entry.create' || event === 'entry.update') && !body.entry?.publishedAt) return null;
  return `${event} ${uid}`;
}
