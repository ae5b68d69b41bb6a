import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Indexes the built site with Pagefind: only what pages mark `data-pagefind-body` (the
 * content of articles, documents, gazette issues, consultations and pages), one index per
 * language, written to /pagefind/.
 */
export function search(): AstroIntegration {
  return {
    name: 'cong:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind lỗi khi đánh chỉ mục: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        logger.info(`Đã đánh chỉ mục tìm kiếm ${added.page_count} trang.`);
      },
    },
  };
}
