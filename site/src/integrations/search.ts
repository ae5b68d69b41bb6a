import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageYear, planShards, type SearchShard, type ShardManifest } from '../lib/search-shards.ts';

/**
 * Indexes the built site with Pagefind: only what pages mark `data-pagefind-body` (the
 * content of articles, documents, gazette issues, consultations and pages), in shards by
 * language and span of years (/pagefind/<shard>/, listed in /pagefind/shards.json). One
 * Pagefind run a shard, so memory is one shard's, not the site's: one index of 150,000
 * pages needs more than this machine has (docs/search.md).
 */
export function search(): AstroIntegration {
  return {
    name: 'cong:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const byLanguage = new Map<string, Array<{ year: number | null; item: string }>>();
        for (const file of await htmlFiles(site)) {
          const page = pageYear(await readFile(file, 'utf8'));
          if (!page) continue;
          if (!byLanguage.has(page.language)) byLanguage.set(page.language, []);
          byLanguage.get(page.language)!.push({ year: page.year, item: file });
        }

        const shards: SearchShard[] = [];
        await mkdir(path.join(site, 'pagefind'), { recursive: true });
        for (const [language, pages] of byLanguage) {
          for (const { items: files, ...shard } of planShards(language, pages)) {
            const pagefind = await import('pagefind');
            const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
            if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
            for (const file of files) {
              const added = await index.addHTMLFile({ sourcePath: path.relative(site, file), content: await readFile(file, 'utf8') });
              if (added.errors.length) throw new Error(`Pagefind lỗi khi đánh chỉ mục ${file}: ${added.errors.join('; ')}`);
            }
            await index.writeFiles({ outputPath: path.join(site, 'pagefind', shard.id) });
            // Ends Pagefind's process: the next shard starts with its memory free.
            await pagefind.close();
            shards.push(shard);
          }
        }
        const manifest: ShardManifest = { shards: shards.sort((a, b) => b.to - a.to) };
        await writeFile(path.join(site, 'pagefind', 'shards.json'), JSON.stringify(manifest));
        const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
        logger.info(`Đã đánh chỉ mục tìm kiếm ${pages} trang trong ${shards.length} phần, ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}
