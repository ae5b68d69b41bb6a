import type { Core } from '@strapi/strapi';

export interface Attribute {
  type: string;
  component?: string;
  required?: boolean;
  [key: string]: unknown;
}

/** Where a value sits in the data: the object holding it, its key, and its path for an error. */
export interface FieldVisit {
  /** The schema it belongs to: a content type's uid or a component's. */
  schema: string;
  name: string;
  attribute: Attribute;
  holder: Record<string, any>;
  path: Array<string | number>;
}

/**
 * Visits every field of `data` that its schema declares, inside components too (one or a list
 * of them), in the order of the schema.
 */
export function eachField(strapi: Core.Strapi, schema: string, data: Record<string, any>, visit: (field: FieldVisit) => void, path: Array<string | number> = []): void {
  const model = (strapi.contentTypes as any)[schema] ?? (strapi.components as any)[schema];
  for (const [name, attribute] of Object.entries(model?.attributes ?? {}) as Array<[string, Attribute]>) {
    if (!(name in data)) continue;
    visit({ schema, name, attribute, holder: data, path: [...path, name] });
    const value = data[name];
    if (attribute.type !== 'component' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => item && typeof item === 'object' && eachField(strapi, attribute.component!, item, visit, [...path, name, index]));
    } else {
      eachField(strapi, attribute.component!, value, visit, [...path, name]);
    }
  }
}

/** The component fields of a content type: what a rule reading stored values must populate. */
export function componentFields(strapi: Core.Strapi, uid: string): string[] {
  const attributes = ((strapi.contentTypes as any)[uid]?.attributes ?? {}) as Record<string, Attribute>;
  return Object.entries(attributes).filter(([, attribute]) => attribute.type === 'component').map(([name]) => name);
}
