import { readFileSync } from 'node:fs';
import type { ListResponse } from '@cong/shared';
import { siteConfig } from '../config.ts';
import { eachAtOnce } from './each-at-once.ts';

/** Where the CMS is and the read-only key the build reads it with. */
export interface CmsConfig {
  url: string;
  token: string;
}

/**
 * The CMS from CMS_URL and SITE_API_TOKEN, or the local CMS and the key its bootstrap wrote
 * to cms/.tmp/site-token (SITE_TOKEN_FILE). That file is read here, just before the CMS is,
 * not with the settings: what never reads the CMS (`astro preview`) needs no key.
 */
export function cmsConfig(): CmsConfig {
  const { cmsUrl, apiToken, tokenFile } = siteConfig();
  if (apiToken) return { url: cmsUrl, token: apiToken };
  try {
    return { url: cmsUrl, token: readFileSync(tokenFile, 'utf8').trim() };
  } catch {
    throw new Error(`Không có khóa API để đọc CMS: đặt SITE_API_TOKEN, hoặc khởi động CMS để tạo ${tokenFile}.`);
  }
}

/** A build must never publish a site with content missing: every CMS failure stops it. */
export class CmsError extends Error {}

/**
 * A GET, tried up to three times when the connection fails: a GET is safe to repeat, and a
 * connection the CMS closed just as it was reused (keep-alive) should not stop a sync of
 * 150,000 entries. A CMS that is down fails all three tries.
 */
export async function fetchWithRetry(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** GETs a CMS REST path with the site's token; throws CmsError with a Vietnamese message on any failure. */
export async function cmsGet<T>(config: CmsConfig, pathAndQuery: string): Promise<T> {
  const url = `${config.url}${pathAndQuery}`;
  let response: Response;
  try {
    response = await fetchWithRetry(url, { headers: { Authorization: `Bearer ${config.token}` } });
  } catch (error) {
    throw new CmsError(
      `Không kết nối được CMS tại ${config.url} (${(error as Error).cause ?? (error as Error).message}). ` +
        'Dừng dựng trang để không xuất bản trang thiếu nội dung.',
    );
  }
  if (!response.ok) {
    const body = await response.text();
    throw new CmsError(`CMS trả lỗi ${response.status} cho ${pathAndQuery}: ${body.slice(0, 300)}. Dừng dựng trang.`);
  }
  return (await response.json()) as T;
}

/** How many entries a list endpoint has for this query: one entry's id is read, and the total. */
export async function cmsCount(config: CmsConfig, endpoint: string, query: string): Promise<number> {
  const separator = query ? '&' : '';
  const reply = await cmsGet<ListResponse<unknown>>(config, `/api/${endpoint}?${query}${separator}fields[0]=documentId&populate=&pagination[pageSize]=1`);
  return reply.meta.pagination.total;
}

/** Every entry a list endpoint returns, page by page at the largest size the CMS allows. */
export async function cmsGetAll<T>(config: CmsConfig, endpoint: string, query: string, pageSize = 5000, atOnce = 3): Promise<T[]> {
  const separator = query ? '&' : '';
  const get = (page: number) =>
    cmsGet<ListResponse<T>>(config, `/api/${endpoint}?${query}${separator}pagination[page]=${page}&pagination[pageSize]=${pageSize}&sort=id:asc`);
  const first = await get(1);
  // The other pages a few at a time: the CMS answers one while the last one is parsed here
  // (120,000 documents are 24 pages).
  const rest: T[][] = [];
  const pages = Array.from({ length: Math.max(0, first.meta.pagination.pageCount - 1) }, (_, i) => i + 2);
  await eachAtOnce(pages, atOnce, async (page) => {
    rest[page - 2] = (await get(page)).data;
  });
  // A loop, not push(...): 120,000 arguments overflow the stack.
  const entries = first.data;
  for (const data of rest) for (const entry of data) entries.push(entry);
  return entries;
}
