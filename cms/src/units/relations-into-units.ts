import type { Core } from '@strapi/strapi';
import { isUnitOwned } from '../content/access';
import { mayActOn, type Ability } from './admin-request';

type Attribute = { type: string; target?: string; mappedBy?: string; component?: string };

/**
 * Whether a relation of `uid` leads into entries of other units: any into a unit-owned type
 * from a shared type (a category's articles), and an inverse one between unit-owned types (a
 * document's "replacedBy", which others set). The admin applies the unit condition to the
 * list asked for, not to what is populated or filtered through underneath.
 */
export function leadsIntoOtherUnits(uid: string, attribute: Attribute): boolean {
  return attribute.type === 'relation' && isUnitOwned(attribute.target!) && (!isUnitOwned(uid) || Boolean(attribute.mappedBy));
}

/** Whether an admin user is kept to their units' entries (a unit's editor), not the Center. */
export function keptToUnits(strapi: Core.Strapi, ability: Ability): boolean {
  const article = 'api::article.article';
  return ability.can('plugin::content-manager.explorer.read', article) && !mayActOn(strapi, ability, 'plugin::content-manager.explorer.read', article, { unit: null, locale: 'vi' });
}

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  ((strapi.contentTypes as any)[uid] ?? (strapi.components as any)[uid])?.attributes ?? {};

/** `filters` without any condition that goes through a relation into other units' entries. */
export function filtersWithoutOtherUnits(strapi: Core.Strapi, uid: string, filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map((each) => filtersWithoutOtherUnits(strapi, uid, each));
  if (!filters || typeof filters !== 'object') return filters;
  const attributes = attributesOf(strapi, uid);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = attributes[key];
    if (key.startsWith('$')) kept[key] = ['$and', '$or', '$not'].includes(key) ? filtersWithoutOtherUnits(strapi, uid, value) : value;
    else if (!attribute) kept[key] = value;
    else if (leadsIntoOtherUnits(uid, attribute)) continue;
    else if (attribute.type === 'relation') kept[key] = filtersWithoutOtherUnits(strapi, attribute.target!, value);
    else if (attribute.type === 'component') kept[key] = filtersWithoutOtherUnits(strapi, attribute.component!, value);
    else kept[key] = value;
  }
  return kept;
}

/** `populate` without any relation into other units' entries, at any depth ("*" spelt out). */
export function populateWithoutOtherUnits(strapi: Core.Strapi, uid: string, populate: unknown): unknown {
  const attributes = attributesOf(strapi, uid);
  const allowed = (name: string) => Boolean(attributes[name]) && !leadsIntoOtherUnits(uid, attributes[name]!);
  if (populate === '*' || populate === true) {
    const expanded = Object.entries(attributes).filter(([name, a]) => ['relation', 'component', 'media', 'dynamiczone'].includes(a.type) && allowed(name));
    return Object.fromEntries(expanded.map(([name]) => [name, true]));
  }
  if (typeof populate === 'string') return populate.split(',').filter((name) => allowed(name.split('.')[0]!)).join(',');
  if (Array.isArray(populate)) return populate.filter((name) => typeof name !== 'string' || allowed(name.split('.')[0]!));
  if (!populate || typeof populate !== 'object') return populate;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(populate)) {
    const attribute = attributes[name];
    if (!attribute) kept[name] = value;
    else if (!allowed(name)) continue;
    else if (value && typeof value === 'object' && 'populate' in value) {
      const target = attribute.type === 'relation' ? attribute.target! : attribute.component;
      kept[name] = target ? { ...value, populate: populateWithoutOtherUnits(strapi, target, (value as any).populate) } : value;
    } else kept[name] = value;
  }
  return kept;
}
