import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Entry, Locale } from '@cong/shared';
import { cmsConfig, cmsGet, cmsGetAll } from '../lib/cms.ts';
import { cacheMedia, mediaUrls } from '../lib/media.ts';

export interface StrapiLoaderOptions {
  /** The REST endpoint: "articles", "documents", … */
  endpoint: string;
  /** The locales to read; each entry's id is "<locale>/<documentId>". */
  locales?: Locale[];
  /** Extra REST filters, e.g. only approved comments. */
  filters?: string;
  /** A single type (one entry per locale, no pagination). */
  single?: boolean;
}

/** Loads one Strapi collection's published entries, syncing only what changed since the last build. */
export function strapiLoader<T extends Entry>({ endpoint, locales = ['vi'], filters = '', single = false }: StrapiLoaderOptions): Loader {
  return {
    name: `strapi:${endpoint}`,
    schema: z.custom<T & { locale: Locale }>((value) => typeof value === 'object' && value !== null),
    async load({ store, meta, logger, parseData, generateDigest }) {
      const config = cmsConfig();
      // Entries synced from another CMS say nothing about this one: start over.
      if (meta.get('cmsUrl') !== config.url) {
        store.clear();
        meta.delete('lastUpdatedAt');
        meta.set('cmsUrl', config.url);
      }
      const since = meta.get('lastUpdatedAt');
      let latest = since ?? '';
      let changed = 0;
      const media = new Set<string>();
      const current = new Set<string>();

      for (const locale of locales) {
        const scope = `locale=${locale}${filters ? `&${filters}` : ''}`;
        let entries: T[];
        if (single) {
          // A single type is one small entry: read it whole every time.
          const reply = await cmsGet<{ data: T | null }>(config, `/api/${endpoint}?${scope}`).catch((error) => {
            if (String(error.message).includes(' 404 ')) return { data: null };
            throw error;
          });
          entries = reply.data ? [reply.data] : [];
          for (const entry of entries) current.add(`${locale}/${entry.documentId}`);
        } else {
          // The ids of everything published now: what is not among them was unpublished or deleted.
          const ids = await cmsGetAll<Pick<Entry, 'documentId'>>(config, endpoint, `${scope}&fields[0]=documentId`);
          for (const { documentId } of ids) current.add(`${locale}/${documentId}`);
          const changedSince = since ? `&filters[updatedAt][$gte]=${encodeURIComponent(since)}` : '';
          entries = await cmsGetAll<T>(config, endpoint, `${scope}${changedSince}`);
        }
        for (const entry of entries) {
          const id = `${locale}/${entry.documentId}`;
          const data = await parseData({ id, data: { ...entry, locale } as Record<string, unknown> });
          const digest = generateDigest(canonicalJson(data));
          if (store.get(id)?.digest !== digest) {
            store.set({ id, data, digest });
            changed++;
          }
          mediaUrls(entry, media);
          if (entry.updatedAt > latest) latest = entry.updatedAt;
        }
      }

      let dropped = 0;
      for (const id of store.keys()) {
        if (!current.has(id)) {
          store.delete(id);
          dropped++;
        }
      }
      const downloaded = await cacheMedia(config, media);
      // Any set, even of the same value, makes Astro write its whole store again (~20 s at ten
      // years, while the other loaders wait): the token is written only when it moved.
      if (latest && latest !== since) meta.set('lastUpdatedAt', latest);
      logger.info(
        `${endpoint}: ${since ? 'đồng bộ phần thay đổi' : 'đồng bộ toàn bộ'}, ${changed} cập nhật, ${dropped} gỡ, ${downloaded} tệp mới, tổng ${store.keys().length}`,
      );
    },
  };
}

// Strapi does not always list an entry's fields in the same order: sort them, so the same
// content always has the same digest.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
