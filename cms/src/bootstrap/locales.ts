import type { Core } from '@strapi/strapi';

/** Vietnamese is the default locale and English the second; existing locales are kept. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of [
    { code: 'vi', name: 'Tiếng Việt (vi)' },
    { code: 'en', name: 'English (en)' },
  ]) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  if ((await locales.getDefaultLocale()) !== 'vi') await locales.setDefaultLocale({ code: 'vi' });
}
