import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { verifyPdfSignatures, type FileSignatureReport } from '@cong/shared/pdf-signatures';
import { signatureRecordFields } from '../content/server-owned';
import { trustRoots } from '../signatures/trust-roots';
import type { WriteContext } from './context';
import { fieldError } from './validation-error';

const worst: FileSignatureReport['verdict'][] = ['invalid', 'unsigned', 'untrusted', 'valid'];

/** Upload ids from any of the shapes Strapi accepts for a media field. */
export function mediaIds(input: unknown): number[] {
  if (input === null || input === undefined) return [];
  if (Array.isArray(input)) return input.flatMap(mediaIds);
  if (typeof input === 'number' || (typeof input === 'string' && /^\d+$/.test(input))) return [Number(input)];
  if (typeof input === 'object') {
    const value = input as Record<string, unknown>;
    if ('id' in value) return mediaIds(value.id);
    if ('set' in value) return mediaIds(value.set);
    if ('connect' in value) return mediaIds(value.connect);
  }
  return [];
}

/** The signature verdict of the PDFs among these uploads, as the entry records it. */
export async function signatureRecord(strapi: Core.Strapi, fileIds: number[]) {
  const files = fileIds.length ? await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: fileIds } } }) : [];
  const roots = await trustRoots(strapi);
  const reports: Array<FileSignatureReport & { file: string }> = [];
  for (const file of files.filter((f: any) => f.mime === 'application/pdf' || f.ext === '.pdf')) {
    const bytes = await readFile(path.join(strapi.dirs.static.public, decodeURIComponent(file.url)));
    reports.push({ file: file.name, ...(await verifyPdfSignatures(new Uint8Array(bytes), roots)) });
  }
  const verdict = reports.length ? worst.find((v) => reports.some((r) => r.verdict === v))! : 'unsigned';
  return {
    signatureVerdict: verdict,
    signatureReason: reports.find((r) => r.verdict === verdict)?.reason ?? 'Chưa có tệp PDF.',
    signatures: reports,
    signatureCheckedAt: new Date().toISOString(),
  };
}

/**
 * Checks the signatures of the PDFs attached to a gazette issue (`pdf`) or a document
 * (`files`) whenever the attachment changes, and records the verdict; a Super Admin's
 * permission to publish despite it is recorded with who gave it and when.
 */
export async function signatureRules(ctx: WriteContext, fileField: 'pdf' | 'files'): Promise<void> {
  for (const field of signatureRecordFields) delete ctx.data[field];
  const attached = fileField in ctx.data ? mediaIds(ctx.data[fileField]) : null;
  const before = mediaIds(ctx.existing?.[fileField]);
  const changed = attached !== null && (attached.length !== before.length || attached.some((id, i) => id !== before[i]));

  // The admin sends every field on each save: check again only when the files changed.
  if (attached !== null && (changed || !ctx.existing?.signatureCheckedAt)) {
    Object.assign(ctx.data, await signatureRecord(ctx.strapi, attached));
    // A file that replaces a checked one needs a new decision.
    if (ctx.action === 'update') Object.assign(ctx.data, { signatureOverride: false, signatureOverrideBy: null, signatureOverrideAt: null });
  }
  // A copy is a new issue or document: a permission given for the one copied is not the copy's.
  if (ctx.cloneOf && ctx.data.signatureOverride !== true) ctx.data.signatureOverride = false;
  const granted = !ctx.cloneOf && Boolean(ctx.existing?.signatureOverride);

  if (ctx.data.signatureOverride === true && !granted) {
    const request = ctx.strapi.requestContext.get();
    const user = request?.state?.user;
    // Inside an HTTP request only a Super Admin may; a script run by the operator may too.
    if (request && !user?.roles?.some((role: { code: string }) => role.code === 'strapi-super-admin')) {
      throw fieldError('signatureOverride', 'Chỉ Quản trị cao nhất được cho phép xuất bản khi chữ ký số không hợp lệ.');
    }
    ctx.data.signatureOverrideBy = user ? `${user.firstname ?? ''} ${user.lastname ?? ''} <${user.email}>`.trim() : 'Hệ thống (tập lệnh của người vận hành)';
    ctx.data.signatureOverrideAt = new Date().toISOString();
  } else if (ctx.data.signatureOverride === false) {
    ctx.data.signatureOverrideBy = null;
    ctx.data.signatureOverrideAt = null;
  }
}

/** A gazette issue is published only with valid signatures, or a Super Admin's recorded permission. */
export function assertPublishable(issue: { signatureVerdict?: string | null; signatureReason?: string | null; signatureOverride?: boolean | null }): void {
  if (issue.signatureVerdict === 'valid' || issue.signatureOverride) return;
  throw fieldError(
    'signatureVerdict',
    `Chưa thể xuất bản số Công báo: ${issue.signatureReason ?? 'tệp PDF chưa được kiểm tra chữ ký số.'} ` +
      'Hãy gắn bản PDF đã ký số hợp lệ, hoặc nhờ Quản trị cao nhất cho phép xuất bản.',
  );
}
