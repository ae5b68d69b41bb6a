import { factories } from '@strapi/strapi';
import { signatureRecord } from '../../../document-rules/signatures';

// Scripts (the importer) reach the portal's code through services: they run as plain Node.
export default factories.createCoreService('api::document.document', ({ strapi }) => ({
  /** The signature fields a document with these files records, as the CMS's rule writes them (document-rules/signatures.ts). */
  signatureRecord: (fileIds: number[]) => signatureRecord(strapi, fileIds),
}));
