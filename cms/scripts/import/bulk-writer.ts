import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';

/** A relation's targets by documentId: one for a xToOne field, a list for a xToMany one. */
export type RelationTargets = Record<string, string | string[] | null | undefined>;

export interface BulkEntry {
  /** Given up front (newDocumentId) when later entries of the same batch link to this one. */
  documentId?: string;
  /** The entry's own fields, already checked against the portal's rules. */
  data: Record<string, unknown>;
  relations?: RelationTargets;
  /** Files of the media library by field (`files`: their ids, in order), linked as an upload in the admin links them. */
  media?: Record<string, number[]>;
}

type State = 'draft' | 'published';
/** A knex connection or transaction: the database layer under Strapi. */
type Knex = Core.Strapi['db']['connection'];
type RowIds = Partial<Record<State, number>>;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/** The media library's link table (`files_related_mph`): a file, and the row and type it is linked to. */
interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { typeColumn: { name: string }; idColumn: { name: string } };
}

/**
 * Writes published entries many rows per statement, stored exactly as the Document Service
 * stores them: for a type with Draft & Publish, a draft row and a published row sharing one
 * documentId, each linked to the target's row of the same state (both to the one row of a
 * target without Draft & Publish, a unit); for a type without (a comment), one row linked to
 * every row of its target. Strapi's order columns are kept. It
 * checks no rules: the importer does, for the whole batch at once (docs/scale.md). For types
 * without components; files are linked (`media`), already uploaded.
 */
export class BulkWriter {
  private readonly strapi: Core.Strapi;
  private readonly rows = new Map<string, Map<string, RowIds>>();
  /** The next inverse order per join table and target row (Strapi appends new links last). */
  private readonly inverseOrder = new Map<string, Map<number, number>>();

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  /** Learns the row ids of every stored entry of a type, so new entries can link to them. */
  async remember(uid: UID.ContentType): Promise<void> {
    const meta = this.strapi.db.metadata.get(uid);
    const stored = (await this.strapi.db.connection(meta.tableName).select('id', 'document_id', 'published_at')) as Array<{
      id: number;
      document_id: string;
      published_at: unknown;
    }>;
    for (const row of stored) this.note(uid, row.document_id, row.published_at ? 'published' : 'draft', row.id);
  }

  /**
   * Writes the entries published, in the given order, inside `trx` (the one
   * `strapi.db.transaction` hands its callback: on SQLite, a query outside it would wait for
   * it forever); returns their documentIds in that order.
   */
  async writePublished(uid: UID.ContentType, entries: BulkEntry[], trx: Knex): Promise<string[]> {
    const meta = this.strapi.db.metadata.get(uid);
    const contentType = this.strapi.contentType(uid);
    const drafts = Boolean(contentType.options?.draftAndPublish);
    const localized = Boolean((contentType.pluginOptions as any)?.i18n?.localized);
    const now = new Date();
    const documentIds = entries.map((entry) => entry.documentId ?? newDocumentId());
    // Without Draft & Publish the one row counts as published (Strapi sets its publishedAt).
    const states: State[] = drafts ? ['draft', 'published'] : ['published'];
    const rows = entries.flatMap((entry, index) =>
      states.map((state) => ({
        ...entry.data,
        documentId: documentIds[index],
        locale: localized ? 'vi' : null,
        publishedAt: state === 'published' ? now : null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await this.strapi.db.query(uid).createMany({ data: rows });

    for (let start = 0; start < documentIds.length; start += 500) {
      const written = (await trx(meta.tableName)
        .select('id', 'document_id', 'published_at')
        .whereIn('document_id', documentIds.slice(start, start + 500))) as Array<{ id: number; document_id: string; published_at: unknown }>;
      for (const row of written) this.note(uid, row.document_id, row.published_at ? 'published' : 'draft', row.id);
    }

    const links = new Map<string, Array<Record<string, number | string>>>();
    for (const [index, entry] of entries.entries()) {
      for (const [field, targets] of Object.entries(entry.relations ?? {})) {
        const attribute = (meta.attributes as Record<string, any>)[field];
        if (!attribute?.joinTable) throw new Error(`${uid}.${field} không phải quan hệ ghi được theo lô.`);
        const joinTable = attribute.joinTable as JoinTable;
        const list = (Array.isArray(targets) ? targets : targets ? [targets] : []).filter(Boolean);
        // A target without Draft & Publish (a unit) has one row, which both states link to.
        const targetDrafts = Boolean(this.strapi.contentType(attribute.target).options?.draftAndPublish);
        for (const state of states) {
          const source = this.rowId(uid, documentIds[index]!, state);
          const targetRows = list.flatMap((target) => (drafts && targetDrafts ? [this.rowId(attribute.target, target, state)] : this.allRowIds(attribute.target, target)));
          for (const [position, targetId] of targetRows.entries()) {
            const link: Record<string, number> = { [joinTable.joinColumn.name]: source, [joinTable.inverseJoinColumn.name]: targetId };
            if (joinTable.orderColumnName) link[joinTable.orderColumnName] = position + 1;
            if (joinTable.inverseOrderColumnName) link[joinTable.inverseOrderColumnName] = await this.nextInverseOrder(joinTable, targetId, trx);
            if (!links.has(joinTable.name)) links.set(joinTable.name, []);
            links.get(joinTable.name)!.push(link);
          }
        }
      }
    }
    // Files, on the media library's own morph table: each state's row its own link, as the
    // Document Service writes them.
    const files = (this.strapi.db.metadata.get('plugin::upload.file').attributes as Record<string, any>).related.joinTable as MorphJoinTable;
    for (const [index, entry] of entries.entries()) {
      for (const [field, fileIds] of Object.entries(entry.media ?? {})) {
        for (const state of states) {
          const related = this.rowId(uid, documentIds[index]!, state);
          for (const [position, fileId] of fileIds.entries()) {
            if (!links.has(files.name)) links.set(files.name, []);
            links.get(files.name)!.push({
              [files.joinColumn.name]: fileId,
              [files.morphColumn.idColumn.name]: related,
              [files.morphColumn.typeColumn.name]: uid,
              field,
              order: position + 1,
            });
          }
        }
      }
    }
    for (const [table, tableRows] of links) {
      // SQLite allows 32,766 bound values a statement: a few hundred rows of four columns.
      for (let start = 0; start < tableRows.length; start += 500) {
        await trx(table).insert(tableRows.slice(start, start + 500));
      }
    }
    return documentIds;
  }

  private note(uid: string, documentId: string, state: State, id: number) {
    if (!this.rows.has(uid)) this.rows.set(uid, new Map());
    const ids = this.rows.get(uid)!;
    ids.set(documentId, { ...ids.get(documentId), [state]: id });
  }

  private rowId(uid: string, documentId: string, state: State): number {
    const id = this.rows.get(uid)?.get(documentId)?.[state];
    if (id === undefined) throw new Error(`Không tìm thấy ${uid} ${documentId} (${state === 'draft' ? 'bản nháp' : 'bản đã xuất bản'}) để liên kết.`);
    return id;
  }

  /** Every row of an entry (draft first): what a row without Draft & Publish links to. */
  private allRowIds(uid: string, documentId: string): number[] {
    const ids = this.rows.get(uid)?.get(documentId);
    const found = [ids?.draft, ids?.published].filter((id): id is number => id !== undefined);
    if (!found.length) throw new Error(`Không tìm thấy ${uid} ${documentId} để liên kết.`);
    return found;
  }

  private async nextInverseOrder(joinTable: JoinTable, targetId: number, trx: Knex): Promise<number> {
    const column = joinTable.inverseOrderColumnName!;
    if (!this.inverseOrder.has(joinTable.name)) {
      const rows = (await trx(joinTable.name)
        .select(joinTable.inverseJoinColumn.name)
        .max({ max: column })
        .groupBy(joinTable.inverseJoinColumn.name)) as Array<Record<string, number>>;
      this.inverseOrder.set(joinTable.name, new Map(rows.map((row) => [row[joinTable.inverseJoinColumn.name]!, Number(row.max)])));
    }
    const orders = this.inverseOrder.get(joinTable.name)!;
    const next = (orders.get(targetId) ?? 0) + 1;
    orders.set(targetId, next);
    return next;
  }
}

/** A documentId of the shape Strapi makes (24 lowercase letters and digits, a letter first). */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  return [...bytes].map((byte, index) => alphabet[byte % (index === 0 ? 26 : 36)]).join('');
}
