import type { Core, UID } from '@strapi/strapi';
import { mediaIds, signatureRecord } from '../document-rules/signatures';

// The entries whose signature verdict rests on their files' bytes, and the field holding them.
const signed: Array<{ uid: UID.ContentType; field: 'pdf' | 'files' }> = [
  { uid: 'api::gazette-issue.gazette-issue', field: 'pdf' },
  { uid: 'api::document.document', field: 'files' },
];

/**
 * After a file's bytes changed under the same id and address (the media library's "replace"):
 * every entry using it, draft and published, is verified again and loses any Super Admin's
 * permission to publish despite its signatures, since that was given for other bytes. A
 * published gazette issue whose signatures are no longer valid is taken off the site: it may
 * be published only with valid signatures or a new permission (document-rules/signatures.ts).
 */
export async function reverifyEntriesUsing(strapi: Core.Strapi, fileId: number): Promise<void> {
  for (const { uid, field } of signed) {
    const rows = await strapi.db.query(uid).findMany({ where: { [field]: { id: fileId } }, populate: [field] });
    const unpublish = new Set<string>();
    for (const row of rows) {
      const record = await signatureRecord(strapi, mediaIds(row[field]));
      await strapi.db.query(uid).update({
        where: { id: row.id },
        data: { ...record, signatureOverride: false, signatureOverrideBy: null, signatureOverrideAt: null, updatedAt: new Date() },
      });
      if (uid === 'api::gazette-issue.gazette-issue' && row.publishedAt && record.signatureVerdict !== 'valid') unpublish.add(row.documentId);
    }
    for (const documentId of unpublish) {
      strapi.log.warn(`Tệp ${fileId} đã bị thay: số Công báo ${documentId} không còn chữ ký hợp lệ nên được gỡ khỏi trang công khai.`);
      await strapi.documents(uid).unpublish({ documentId } as any);
    }
  }
}
