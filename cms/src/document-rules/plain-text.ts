import { cleanCommentField, commentFieldLabels, invisibleOnlyMessage, onlyInvisible, plainText, stripInvisible, type BlockNode, type CommentField } from '@cong/shared';
import { fieldLabel } from '../content/labels';
import type { WriteContext } from './context';
import { eachField } from './fields';
import { fieldError } from './validation-error';

const textTypes = new Set(['string', 'text', 'email']);
const comment = 'api::comment.comment';

/**
 * Every plain-text field is stored as it reads (plain-text.ts in @cong/shared): controls, bidi
 * overrides and zero-width characters removed, letters composed. They are removed rather than
 * refused because nobody can see them to take them out; a required field left with nothing
 * visible is refused. A comment's fields get exactly what the public form does to them.
 */
export function plainTextRules(ctx: WriteContext): void {
  eachField(ctx.strapi, ctx.uid, ctx.data, ({ schema, name, attribute, holder, path }) => {
    const typed = holder[name];
    if (attribute.type === 'blocks') {
      if (Array.isArray(typed)) typed.forEach(cleanBlock);
      return;
    }
    if (!textTypes.has(attribute.type) || typeof typed !== 'string') return;
    const cleaned =
      schema === comment && name in commentFieldLabels
        ? cleanCommentField(name as CommentField, typed)
        : plainText(typed, { lines: attribute.type === 'text' });
    holder[name] = cleaned;
    if (cleaned === '' && attribute.required) {
      const label = fieldLabel(schema, name);
      throw fieldError(path, onlyInvisible(typed, cleaned) ? invisibleOnlyMessage(label) : `${label}: không được để trống.`);
    }
  });
}

// Rich text's words: the same characters removed, its spaces kept (a run of bold text ends
// with the space before the next run).
function cleanBlock(node: BlockNode): void {
  if (!node || typeof node !== 'object') return;
  if (typeof node.text === 'string') node.text = stripInvisible(node.text, { lines: true });
  if (Array.isArray(node.children)) node.children.forEach(cleanBlock);
}
