import type { BlockNode } from '@cong/shared';

/** The words of strings and rich text together, for indexing helpers. */
export function plainText(...parts: Array<string | BlockNode[] | null | undefined>): string {
  const walk = (nodes: BlockNode[]): string => nodes.map((node) => `${node.text ?? ''} ${walk(node.children ?? [])}`).join(' ');
  return parts.map((part) => (typeof part === 'string' ? part : part ? walk(part) : '')).join(' ');
}
