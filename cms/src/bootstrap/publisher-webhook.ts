import { siteChangeEvents } from '@cong/shared';
import type { Core } from '@strapi/strapi';
import { portalConfig } from '../config/portal';

export const PUBLISHER_WEBHOOK_NAME = 'Cổng: xuất bản trang công khai';

/**
 * Points Strapi's webhooks at the publisher (PUBLISHER_URL), signed with PUBLISHER_SECRET,
 * so every publish reaches the public site; without PUBLISHER_URL the webhook is removed.
 * Only the webhook of this name is touched: webhooks an administrator made stay as they are.
 */
export async function ensurePublisherWebhook(strapi: Core.Strapi): Promise<void> {
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const { publisherUrl: base, publisherSecret: secret } = portalConfig(strapi);
  const existing = (await store.findWebhooks()).find((webhook: { name: string }) => webhook.name === PUBLISHER_WEBHOOK_NAME);

  if (!base) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
    }
    return;
  }
  const wanted = {
    name: PUBLISHER_WEBHOOK_NAME,
    url: `${base}/webhook`,
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    events: siteChangeEvents.filter((event) => store.listAllowedEvents().some((key: string) => store.getAllowedEvent(key) === event)),
    isEnabled: true,
  };
  const webhook = existing ? await store.updateWebhook(existing.id, wanted) : await store.createWebhook(wanted);
  // The runner may or may not have loaded it already: update() removes it before adding.
  runner.update(webhook);
  strapi.log.info(`Webhook xuất bản trỏ tới ${wanted.url}.`);
}
