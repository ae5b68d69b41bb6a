import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { readBodyUpTo } from '@cong/shared';
import type { Publisher } from './publisher.ts';
import { secretProblem } from './secret.ts';
import { parseWebhook, WEBHOOK_MAX_BYTES, webhookTrigger } from './webhook.ts';

/**
 * The publisher's own small API, on a private address: POST /webhook (Strapi's events),
 * GET /status. Both want `Authorization: Bearer <PUBLISHER_SECRET>`; without a strong secret
 * it is not made at all (throws the Vietnamese reason).
 */
export function controlServer(publisher: Publisher, secret: string): http.Server {
  const problem = secretProblem(secret);
  if (problem) throw new Error(problem);
  const expected = digest(`Bearer ${secret}`);
  const reply = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://publisher');
    if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      return reply(response, 401, { error: 'Thiếu hoặc sai khóa của dịch vụ xuất bản (PUBLISHER_SECRET).' });
    }
    if (request.method === 'GET' && url.pathname === '/status') return reply(response, 200, await publisher.status());
    if (request.method === 'POST' && url.pathname === '/webhook') {
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        return reply(response, 415, { error: 'Webhook phải gửi JSON (Content-Type: application/json), như Strapi gửi.' });
      }
      const body = await readBodyUpTo(request, WEBHOOK_MAX_BYTES);
      if (body === null) {
        request.pause();
        // The rest of what it sends is not read: the connection goes with the answer.
        response.setHeader('Connection', 'close');
        return reply(response, 413, { error: `Nội dung webhook quá lớn (tối đa ${WEBHOOK_MAX_BYTES / 1_048_576} MB).` });
      }
      const parsed = parseWebhook(new TextDecoder().decode(body));
      if ('error' in parsed) return reply(response, 400, { error: parsed.error });
      const trigger = webhookTrigger(parsed.webhook);
      if (trigger) publisher.request(trigger);
      return reply(response, 202, { scheduled: Boolean(trigger) });
    }
    return reply(response, 404, { error: 'Không có địa chỉ này.' });
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
