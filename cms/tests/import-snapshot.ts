// `node tests/import-snapshot.ts <province.json> <bulk|document-service>`: imports a generated
// province into the database the environment names, then prints what the Document Service
// reads back (drafts and published, with relations by natural key): the same for both ways
// of writing.
import { readFile } from 'node:fs/promises';
import type { UID } from '@strapi/strapi';
import type { Province } from '@cong/shared';
import { loadStrapi } from '../scripts/strapi-app.ts';
import { importProvince } from '../scripts/import/import.ts';

const [file, via] = process.argv.slice(2) as [string, 'bulk' | 'document-service'];
const province = JSON.parse(await readFile(file, 'utf8')) as Province;
const strapi = await loadStrapi();

// Each type with the relations to compare, and the field that names an entry.
const read: Array<[UID.ContentType, string[], string]> = [
  ['api::document.document', ['documentType', 'issuingAgency', 'field', 'replaces', 'replacedBy', 'unit', 'files'], 'slug'],
  ['api::article.article', ['category', 'unit', 'cover'], 'slug'],
  ['api::comment.comment', ['consultation'], 'content'],
  ['api::agency.agency', ['documents'], 'name'],
  ['api::category.category', ['articles'], 'name'],
  ['api::unit.unit', [], 'hostLabel'],
  ['api::page.page', ['unit'], 'slug'],
];
// A cover is a component: named by its photo's file name, with its texts.
const nameOf = (entry: Record<string, any>) => (entry.image ? { image: entry.image.name, alt: entry.alt, caption: entry.caption } : (entry.slug ?? entry.hostLabel ?? entry.name ?? entry.content));
// What each relation is read with: a component's own media is populated inside it.
const populateOf = (relation: string) => (relation === 'cover' ? { populate: { image: true } } : true);
const volatile = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations']);

try {
  await importProvince(strapi, province, { via });
  const snapshot: Record<string, unknown> = {};
  for (const [uid, relations, key] of read) {
    for (const status of ['draft', 'published'] as const) {
      const entries = (await (strapi.documents(uid) as any).findMany({
        status,
        locale: 'vi',
        populate: Object.fromEntries(relations.map((relation) => [relation, populateOf(relation)])),
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
                // When the signatures were checked: only whether they were.
                if (field === 'signatureCheckedAt') return [field, value !== null];
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
