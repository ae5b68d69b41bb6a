import type { Core, UID } from '@strapi/strapi';

type Attribute = { type: string; component?: string; repeatable?: boolean };

// What to populate of a schema to reach every file it holds: its media fields, and those of
// its components, at any depth.
function mediaPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> | null {
  const attributes = (((strapi.contentTypes as any)[uid] ?? (strapi.components as any)[uid])?.attributes ?? {}) as Record<string, Attribute>;
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = { select: ['id'], populate: { unit: { select: ['id'] } } };
    else if (attribute.type === 'component') {
      const inner = mediaPopulate(strapi, attribute.component!);
      if (inner) populate[name] = { populate: inner };
    }
  }
  return Object.keys(populate).length ? populate : null;
}

/** A file an entry shows, with its unit. */
export interface LinkedFile {
  id: number;
  unit: { id: number } | null;
}

/** Every file the drafts of a document show, anywhere in them (a cover, a gallery, a leader's photo, a document's files), by id. */
export async function linkedFiles(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<Map<number, LinkedFile>> {
  const populate = mediaPopulate(strapi, uid);
  const files = new Map<number, LinkedFile>();
  if (!populate) return files;
  const drafts = strapi.contentType(uid).options?.draftAndPublish ? { publishedAt: null } : {};
  const rows = await strapi.db.query(uid).findMany({ where: { documentId, ...drafts }, select: ['id'], populate });
  const walk = (value: unknown, schema: Record<string, unknown>) => {
    if (Array.isArray(value)) return value.forEach((each) => walk(each, schema));
    if (!value || typeof value !== 'object') return;
    for (const [name, inner] of Object.entries(schema)) {
      const held = (value as Record<string, unknown>)[name];
      // A media field selects the file's id; a component's populates its own fields.
      if (!('select' in (inner as object))) walk(held, (inner as { populate: Record<string, unknown> }).populate);
      else for (const file of [held].flat().filter(Boolean) as LinkedFile[]) files.set(file.id, { id: file.id, unit: file.unit ?? null });
    }
  };
  for (const row of rows) walk(row, populate);
  return files;
}
