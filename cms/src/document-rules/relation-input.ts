/**
 * The documentId a to-one relation is being set to, from any of the shapes Strapi 5 accepts
 * ("abc", { documentId }, { connect: [...] }, { set: [...] }); null when it is being cleared,
 * undefined when the input does not say.
 */
export function relationTarget(input: unknown): string | null | undefined {
  if (input === undefined) return undefined;
  if (input === null) return null;
  if (typeof input === 'string') return input;
  if (Array.isArray(input)) return input.length ? relationTarget(input[0]) : null;
  if (typeof input === 'object') {
    const value = input as Record<string, unknown>;
    if (typeof value.documentId === 'string') return value.documentId;
    if (Array.isArray(value.set)) return value.set.length ? relationTarget(value.set[0]) : null;
    if (Array.isArray(value.connect) && value.connect.length) return relationTarget(value.connect[0]);
    if (Array.isArray(value.disconnect) && value.disconnect.length) return null;
  }
  return undefined;
}
