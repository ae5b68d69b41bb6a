import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { unitOrigin } from '@cong/shared';

/** How long one article took from its REST publish to its page being served, and where it shows. */
export interface ArticleLive {
  seconds: number;
  /** The pages that list it (the site's home, its news list), and whether each does. */
  everywhere: Record<string, boolean>;
}

/**
 * Publishes one article through the REST API, as the admin does, on the portal or on a unit's
 * site (`unit`: its documentId and host label), and times it until its page is served; then
 * checks its site's home page and news list show it.
 */
export async function publishArticle({ cmsUrl, token, siteUrl, unit }: { cmsUrl: string; token: string; siteUrl: string; unit?: { documentId: string; hostLabel: string } }): Promise<ArticleLive> {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const { data: categories } = (await (await fetch(`${cmsUrl}/api/categories?locale=vi`, { headers })).json()) as { data: Array<{ documentId: string }> };
  const word = `Kiemtra${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  const created = await fetch(`${cmsUrl}/api/articles?status=published`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      data: {
        title: `${unit ? 'Xã' : 'Tỉnh'} họp giao ban tháng 12 ${word}`,
        summary: 'Hội nghị đánh giá kết quả thực hiện nhiệm vụ và triển khai kế hoạch tháng tới.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Thông báo kết luận ${word}.` }] }],
        category: categories[0]!.documentId,
        ...(unit && { unit: unit.documentId }),
      },
    }),
  });
  if (!created.ok) throw new Error(`Không xuất bản được tin thử: ${await created.text()}`);
  const { slug } = ((await created.json()) as { data: { slug: string } }).data;
  // A unit's pages are at its own host (the portal's /don-vi/<label>/ only redirects there).
  const origin = unit ? unitOrigin(unit.hostLabel, siteUrl) : new URL(siteUrl).origin;
  const shows = async (pathname: string) => (await pageText(origin, pathname)).includes(word);
  for (;;) {
    if (await shows(`/tin-tuc/${slug}/`).catch(() => false)) break;
    if (performance.now() - started > 1_800_000) throw new Error('Tin thử không lên trang sau 30 phút.');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, everywhere: { 'home page': await shows('/'), 'news list': await shows('/tin-tuc/') } };
}

/**
 * A page's text as the static server answers it for `origin`'s host, asked on loopback: Node,
 * unlike browsers, does not resolve `<label>.localhost`. Empty until the page is there (not 200).
 */
function pageText(origin: string, pathname: string): Promise<string> {
  const { host, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(response.statusCode === 200 ? text : ''));
      })
      .on('error', reject);
  });
}
