// `node tests/import-snapshot.ts <bulk|document-service>`: imports a small generated province
// into the database the environment names, then prints what the Document Service reads back
// (drafts and published, with relations by natural key): the same for both ways of writing.
import type { UID } from '@strapi/strapi';
import { loadStrapi } from '../seed/strapi-app.ts';
import { generateProvince } from '../scale/generate.ts';
import { importProvince } from '../scale/import.ts';

const via = process.argv[2] as 'bulk' | 'document-service';
const province = generateProvince({ years: 1, fraction: 0.02, seed: 7 });
const strapi = await loadStrapi();

// Each type with the relations to compare, and the field that names an entry.
const read: Array<[UID.ContentType, string[], string]> = [
  ['api::document.document', ['documentType', 'issuingAgency', 'field', 'replaces', 'replacedBy'], 'slug'],
  ['api::article.article', ['category'], 'slug'],
  ['api::comment.comment', ['consultation'], 'content'],
  ['api::agency.agency', ['documents'], 'name'],
  ['api::category.category', ['articles'], 'name'],
];
const nameOf = (entry: Record<string, any>) => entry.slug ?? entry.name ?? entry.content;
const volatile = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations']);

try {
  await importProvince(strapi, province, { via });
  const snapshot: Record<string, unknown> = {};
  for (const [uid, relations, key] of read) {
    for (const status of ['draft', 'published'] as const) {
      const entries = (await (strapi.documents(uid) as any).findMany({
        status,
        locale: 'vi',
        populate: Object.fromEntries(relations.map((relation) => [relation, true])),
        limit: 100_000,
      })) as Array<Record<string, any>>;
      snapshot[`${uid} ${status}`] = entries
        .map((entry) =>
          Object.fromEntries(
            Object.entries(entry)
              .filter(([field]) => !volatile.has(field))
              .map(([field, value]) => {
                // A reference code is random: only its shape can match.
                if (field === 'referenceCode') return [field, /^GY-\d{8}-[2-9A-HJ-NP-Z]{6}$/.test(value)];
                if (!relations.includes(field)) return [field, value];
                return [field, Array.isArray(value) ? value.map(nameOf) : value ? nameOf(value) : null];
              }),
          ),
        )
        .sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    }
  }
  console.log(JSON.stringify(snapshot));
} finally {
  await strapi.destroy().catch(() => {});
}
