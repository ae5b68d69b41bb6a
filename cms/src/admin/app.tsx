import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Vietnamese; English stays for the developers.
    locales: ['vi'],
    translations: {
      vi: {
        'Auth.form.welcome.title': 'Cổng thông tin điện tử',
        'Auth.form.welcome.subtitle': 'Đăng nhập trang quản trị nội dung',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};
