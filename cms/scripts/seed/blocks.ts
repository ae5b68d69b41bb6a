import type { Blocks } from '@cong/shared';

/** Strapi "blocks" rich text from plain paragraphs; "## " starts a heading, "- " a list item. */
export function toBlocks(lines: string[]): Blocks {
  const blocks: Blocks = [];
  for (const line of lines) {
    if (line.startsWith('## ')) {
      blocks.push({ type: 'heading', level: 2, children: [{ type: 'text', text: line.slice(3) }] });
    } else if (line.startsWith('- ')) {
      const item = { type: 'list-item', children: [{ type: 'text', text: line.slice(2) }] };
      const last = blocks.at(-1);
      if (last?.type === 'list') last.children!.push(item);
      else blocks.push({ type: 'list', format: 'unordered', children: [item] });
    } else {
      blocks.push({ type: 'paragraph', children: [{ type: 'text', text: line }] });
    }
  }
  return blocks;
}
