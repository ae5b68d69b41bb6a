import type { StrapiApp } from '@strapi/strapi/admin';
import { CommentExportPanel } from './components/CommentExportPanel';
import { PublisherStatusPanel } from './components/PublisherStatusPanel';
import { UnitReorganisePanel } from './components/UnitReorganisePanel';

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
  bootstrap(app: StrapiApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PublisherStatusPanel, CommentExportPanel, UnitReorganisePanel] as any);
  },
};
