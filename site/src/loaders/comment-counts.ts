import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { cmsConfig, cmsGet } from '../lib/cms.ts';

export interface CommentCount {
  received: number;
  published: number;
}

/** Comments received and published per consultation (id = the consultation's documentId). */
export function commentCountsLoader(): Loader {
  return {
    name: 'strapi:comment-counts',
    schema: z.object({ received: z.number(), published: z.number() }),
    async load({ store, parseData }) {
      const { data } = await cmsGet<{ data: Record<string, CommentCount> }>(cmsConfig(), '/api/public-comments/counts');
      store.clear();
      for (const [id, count] of Object.entries(data)) store.set({ id, data: await parseData({ id, data: { ...count } }) });
    },
  };
}
