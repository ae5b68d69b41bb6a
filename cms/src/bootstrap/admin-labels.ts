import type { Core } from '@strapi/strapi';
import { componentLabels, contentTypeLabels, fieldHints, listViews } from '../content/labels';

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[] } & Record<string, unknown>;
};

/**
 * Gives every field its Vietnamese label (and help where it needs some) in the admin, and
 * each list view its title field, newest-first order and the columns an editor scans.
 */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const groups = [
    { service: contentManager.service('content-types'), labels: contentTypeLabels },
    { service: contentManager.service('components'), labels: componentLabels },
  ];
  for (const { service, labels } of groups) {
    for (const [uid, fields] of Object.entries(labels)) {
      const configuration: Configuration = await service.findConfiguration({ uid });
      const next = structuredClone(configuration);
      for (const [field, label] of Object.entries(fields as Record<string, string>)) {
        const metadata = next.metadatas[field];
        if (!metadata) continue;
        metadata.edit.label = label;
        if (fieldHints[uid]?.[field]) metadata.edit.description = fieldHints[uid][field];
        if (metadata.list) metadata.list.label = label;
      }
      const view = listViews[uid];
      if (view?.mainField) next.settings.mainField = view.mainField;
      if (view?.sortBy) Object.assign(next.settings, { defaultSortBy: view.sortBy, defaultSortOrder: view.order });
      if (view?.columns) next.layouts.list = view.columns;
      // Writing only on change keeps restarts quiet and leaves other admin tweaks alone.
      if (JSON.stringify(next) !== JSON.stringify(configuration)) {
        const { uid: _uid, category: _category, isComponent: _isComponent, ...rest } = next as any;
        await service.updateConfiguration({ uid }, rest);
      }
    }
  }
}
