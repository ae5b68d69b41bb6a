import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import type { CmsConfig } from './cms.ts';
import { CmsError, fetchWithRetry } from './cms.ts';

/** Every /uploads/… URL in an entry (its images, their sizes, its files). */
export function mediaUrls(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) mediaUrls(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'url' && typeof item === 'string' && item.startsWith('/uploads/')) found.add(item);
      else mediaUrls(item, found);
    }
  }
  return found;
}

/**
 * Copies the CMS's files the site shows into the cache (mediaCacheDir), so the built site
 * carries its own media and the CMS can stay off the public internet. They stay there between
 * builds: a build fetches only new files.
 */
export async function cacheMedia(config: CmsConfig, urls: Iterable<string>, concurrency = 8): Promise<number> {
  const { mediaCacheDir } = siteConfig();
  const missing: string[] = [];
  for (const url of urls) {
    const target = path.join(mediaCacheDir, decodeURIComponent(url));
    if (!target.startsWith(mediaCacheDir)) continue;
    if (!(await stat(target).catch(() => null))) missing.push(url);
  }
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const url = missing[next++]!;
      const response = await fetchWithRetry(`${config.url}${url}`).catch(() => null);
      if (!response?.ok) throw new CmsError(`Không tải được tệp ${url} từ CMS (${response?.status ?? 'mất kết nối'}).`);
      const target = path.join(mediaCacheDir, decodeURIComponent(url));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, new Uint8Array(await response.arrayBuffer()));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return missing.length;
}
