import { linkHrefProblem, quotedLink, SAFE_LINK_HINT, type BlockNode } from '@cong/shared';
import { fieldLabel } from '../content/labels';
import type { WriteContext } from './context';
import { eachField } from './fields';
import { fieldError } from './validation-error';

// Text fields of components whose value the site makes a link of (rich text's links are its
// link nodes).
const addressFields: Record<string, string[]> = {
  'shared.link': ['url'],
  'media.video': ['url'],
};

/**
 * Refuses a link the site would not show (safe-link.ts in @cong/shared: web, mail and phone
 * addresses, and paths that stay on the site), naming it and where it is. It reads the values
 * after this write, stored ones included, so a publish or a clone checks what it copies.
 */
export function linkRules(ctx: WriteContext): void {
  const attributes = ctx.strapi.contentType(ctx.uid).attributes as Record<string, { type: string }>;
  const values: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'blocks' || attribute.type === 'component') values[name] = ctx.value(name);
  }
  eachField(ctx.strapi, ctx.uid, values, ({ schema, name, attribute, holder, path }) => {
    const value = holder[name];
    const urls =
      attribute.type === 'blocks' ? linksIn(value) : addressFields[schema]?.includes(name) && typeof value === 'string' && value.trim() ? [value] : [];
    for (const url of urls) {
      const problem = linkHrefProblem(url);
      if (problem) throw fieldError(path, `Liên kết ${quotedLink(url)} trong ${where(ctx.uid, schema, path)}: ${problem} ${SAFE_LINK_HINT}`);
    }
  });
}

/** The address of every link node in rich text, however deep. */
function linksIn(nodes: unknown): unknown[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node: BlockNode) => [...(node?.type === 'link' ? [node.url] : []), ...linksIn(node?.children)]);
}

// "Mạng xã hội, mục 2, Đường dẫn": the field's label, and inside a component its place and label.
function where(uid: string, schema: string, path: Array<string | number>): string {
  const top = fieldLabel(uid, String(path[0]));
  if (path.length === 1) return top;
  const places = path.filter((part): part is number => typeof part === 'number').map((index) => `mục ${index + 1}`);
  return [top, ...places, fieldLabel(schema, String(path.at(-1)))].join(', ');
}
