import type { UID } from '@strapi/strapi';
import { answerError } from '../../errors/answer';
import { adminRequest, liveStrapi, mayRead, versionsForCheck } from '../../units/admin-request';

/** The i18n plugin, with the portal's two changes. */
export default (plugin: any) => {
  const contentTypes = plugin.controllers['content-types'];
  // "Fill in from another locale" reads an entry by its row id and checks only that the user
  // may read some entry of the type: a unit's editor could read any unit's draft by counting
  // ids. The entry itself must be one they may read.
  const getNonLocalizedAttributes = contentTypes.getNonLocalizedAttributes;
  contentTypes.getNonLocalizedAttributes = async (ctx: any) => {
    const strapi = liveStrapi();
    const request = adminRequest(strapi);
    const { model, id } = ctx.request.body ?? {};
    const uid = model as UID.ContentType;
    if (request && strapi.contentTypes[uid] && id !== undefined) {
      const [entry] = await versionsForCheck(strapi, uid, { id });
      if (entry && !mayRead(strapi, request.ability, uid, entry)) {
        return answerError(ctx, 403, 'ForbiddenError', 'Bạn không có quyền xem mục này: nó thuộc đơn vị khác.');
      }
    }
    return getNonLocalizedAttributes(ctx);
  };

  // The plugin's settings are the whole portal's: changing them takes the right to manage
  // locales (the Super Admin's), not only a login.
  const settings = plugin.controllers.settings;
  const updateSettings = settings.updateSettings;
  settings.updateSettings = async (ctx: any) => {
    if (!ctx.state.userAbility?.can('plugin::i18n.locale.update')) {
      return answerError(ctx, 403, 'ForbiddenError', 'Chỉ Quản trị cao nhất đổi được cài đặt ngôn ngữ của Cổng.');
    }
    return updateSettings(ctx);
  };
  return plugin;
};
