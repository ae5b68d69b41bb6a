import type { Core } from '@strapi/strapi';
import { answerError } from '../errors/answer';
import { adminRequest, liveStrapi, mayActOn, type Ability } from './admin-request';
import { FILE_UPDATE } from './file-unit';

const fileUid = 'plugin::upload.file';

/** Whether the user is kept to their units' files (a unit's editor, not the Center). */
function keptToUnitFiles(strapi: Core.Strapi, ability: Ability): boolean {
  return !mayActOn(strapi, ability, FILE_UPDATE, fileUid, { unit: null });
}

const foldersRefused =
  'Thư mục của thư viện ảnh dùng chung cho mọi đơn vị: chỉ Trung tâm tạo, đổi tên, di chuyển và xóa thư mục. Bạn vẫn tải lên, sửa và xóa được tệp của đơn vị mình.';
const filesRefused = 'Có tệp thuộc đơn vị khác trong các tệp đã chọn: bạn chỉ sửa, di chuyển và xóa được tệp của đơn vị mình.';

/**
 * The media library's bulk delete and bulk move check only that the user may change some
 * file, then act on every id sent, and a folder's delete takes every file inside it. For a
 * unit's editor, each file must be theirs and folders (which hold every unit's files) are the
 * Center's. A refusal changes nothing.
 */
export function guardFolderAndBulkActions(controllers: Record<string, any>): void {
  const bulk = controllers['admin-folder-file'];
  for (const name of ['deleteMany', 'moveMany']) {
    const action = bulk[name];
    bulk[name] = async (ctx: any) => {
      const strapi = liveStrapi();
      const request = adminRequest(strapi);
      if (request && keptToUnitFiles(strapi, request.ability)) {
        const { fileIds = [], folderIds = [] } = ctx.request.body ?? {};
        if (folderIds.length) {
          return answerError(ctx, 403, 'ForbiddenError', foldersRefused);
        }
        const files = await strapi.db.query(fileUid).findMany({
          where: { id: { $in: fileIds.map(Number) } },
          select: ['id'],
          populate: { unit: { select: ['id'] } },
        });
        if (files.some((file: object) => !mayActOn(strapi, request.ability, FILE_UPDATE, fileUid, file))) {
          return answerError(ctx, 403, 'ForbiddenError', filesRefused);
        }
      }
      return action(ctx);
    };
  }
  const folders = controllers['admin-folder'];
  for (const name of ['create', 'update']) {
    const action = folders[name];
    folders[name] = async (ctx: any) => {
      const strapi = liveStrapi();
      const request = adminRequest(strapi);
      if (request && keptToUnitFiles(strapi, request.ability)) return answerError(ctx, 403, 'ForbiddenError', foldersRefused);
      return action(ctx);
    };
  }
}
