import type { Core } from '@strapi/strapi';
import { answerError } from '../../errors/answer';
import { reverifyEntriesUsing } from '../../signatures/reverify';
import { guardFolderAndBulkActions } from '../../units/media-guard';

/** The upload plugin, with the portal's changes. */
export default (plugin: any) => {
  // Every file belongs to a unit, as entries do (units/file-unit.ts sets it on upload).
  plugin.contentTypes.file.schema.attributes.unit = { type: 'relation', relation: 'manyToOne', target: 'api::unit.unit' };

  // "Replace" keeps a file's id and address and changes its bytes: what was verified, and any
  // permission given on that verdict, no longer holds for the entries that use it.
  const uploadService = plugin.services.upload;
  plugin.services.upload = ({ strapi }: { strapi: Core.Strapi }) => {
    const service = uploadService({ strapi });
    // The media library checks a file's permission conditions on what this finds: with its
    // unit, so the unit condition can hold (it would fail every file without it).
    const findOne = service.findOne;
    service.findOne = (id: unknown, populate: string[] | Record<string, unknown> = {}) =>
      findOne(id, Array.isArray(populate) ? [...populate, 'unit'] : { ...populate, unit: true });
    const replace = service.replace;
    service.replace = async (id: number | string, ...rest: unknown[]) => {
      const file = await replace(id, ...rest);
      await reverifyEntriesUsing(strapi, Number(id));
      return file;
    };
    return service;
  };

  // The media library's "from URL" import is switched off: it made the CMS fetch any address
  // an editor typed, from inside the province's network (an editor could read internal
  // services and map which ports answer). Strapi's own check looks the name up once and then
  // fetches, so a second lookup or a redirect reaches what the first refused. The newsroom
  // uploads the files it has; a picture from another site is saved and uploaded like any other.
  plugin.controllers['admin-upload'].uploadFromUrls = async (ctx: any) =>
    answerError(ctx, 403, 'ForbiddenError', 'Cổng không tải tệp từ địa chỉ web. Hãy lưu tệp về máy rồi tải lên từ máy.');
  guardFolderAndBulkActions(plugin.controllers);
  return plugin;
};
