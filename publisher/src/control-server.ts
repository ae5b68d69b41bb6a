import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { siteChangeEvents } from '@cong/shared';
import type { Publisher } from './publisher.ts';

const siteEvents = new Set<string>(siteChangeEvents);

/**
 * What a Strapi webhook asks of the site: a trigger naming the event and content type, or
 * null when nothing the public sees changed (a draft saved, an admin-only type).
 */
export function webhookTrigger(body: { event?: string; uid?: string; model?: string; entry?: { publishedAt?: string | null } }): string | null {
  const { event, uid } = body;
  if (!event || !siteEvents.has(event)) return null;
  if (event.startsWith('media.')) return event;
  if (!uid?.startsWith('api::')) return null;
  // Saving a draft fires create/update with no publishedAt: the site shows only what is published.
  if ((event === 'entry.create' || event === 'entry.update') && !body.entry?.publishedAt) return null;
  return `${event} ${uid}`;
}

/**
 * The publisher's own small API, on a private address: POST /webhook (Strapi's events),
 * GET /status. Both want `Authorization: Bearer <PUBLISHER_SECRET>` when a secret is set.
 */
export function controlServer(publisher: Publisher, secret: string): http.Server {
  const expected = digest(`Bearer ${secret}`);
  const reply = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://publisher');
    if (secret && !timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      return reply(response, 401, { error: 'Thiếu hoặc sai khóa của dịch vụ xuất bản (PUBLISHER_SECRET).' });
    }
    if (request.method === 'GET' && url.pathname === '/status') return reply(response, 200, await publisher.status());
    if (request.method === 'POST' && url.pathname === '/webhook') {
      let text = '';
      for await (const chunk of request) {
        text += chunk;
        if (text.length > 1_000_000) return reply(response, 413, { error: 'Nội dung webhook quá lớn.' });
      }
      let body: Parameters<typeof webhookTrigger>[0];
      try {
        body = JSON.parse(text);
      } catch {
        return reply(response, 400, { error: 'Nội dung webhook không phải JSON hợp lệ.' });
      }
      const trigger = webhookTrigger(body ?? {});
      if (trigger) publisher.request(trigger);
      return reply(response, 202, { scheduled: Boolean(trigger) });
    }
    return reply(response, 404, { error: 'Không có địa chỉ này.' });
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
