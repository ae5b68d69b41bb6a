import type { BrokenReference } from '@cong/shared';
import type { Core } from '@strapi/strapi';
import { portalConfig } from '../config/portal';
import { readableReferences } from '../units/readable-references';

/**
 * GET /cong-publisher/status: what the publisher says about the live site (last publish,
 * last failure and why, the files entries lost), for the line editors see in the admin. Admin
 * users only, each shown the lost files of the entries they may read: the publisher itself
 * listens on a private address.
 */
export function registerPublisherStatus(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/cong-publisher',
    routes: [
      {
        method: 'GET',
        path: '/status',
        handler: async (ctx: any) => {
          const { publisherUrl: base, publisherSecret } = portalConfig(strapi);
          if (!base) {
            ctx.body = { reachable: false, message: 'Chưa cấu hình dịch vụ xuất bản (PUBLISHER_URL): trang công khai không tự cập nhật.' };
            return;
          }
          try {
            const response = await fetch(`${base}/status`, {
              headers: { Authorization: `Bearer ${publisherSecret}` },
              signal: AbortSignal.timeout(3000),
            });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const status = (await response.json()) as { live?: { brokenReferences?: BrokenReference[] } };
            // The whole site's: each editor is shown the entries they may read.
            if (status.live?.brokenReferences) status.live.brokenReferences = await readableReferences(strapi, ctx.state.userAbility, status.live.brokenReferences);
            ctx.body = { reachable: true, ...status };
          } catch {
            ctx.body = { reachable: false, message: 'Không liên lạc được dịch vụ xuất bản: trang công khai chưa nhận được thay đổi mới.' };
          }
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'publisher' },
      },
    ],
  });
}
