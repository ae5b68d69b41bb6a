import type { Core } from '@strapi/strapi';
import { isOperator } from '@strapi/utils';

// Where in a REST query's filters, sort, fields or populate the caller wrote what they may
// not: walked along the schema, from the content type the route serves. It judges by what the
// caller may read (no private field, no relation into a type they may not read), so what it
// finds, and the names it offers, are the same for a private field as for a made-up one.

export interface Attribute {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
  private?: boolean;
}
export interface Model {
  uid: string;
  info?: { displayName?: string };
  attributes: Record<string, Attribute>;
}
export type Param = 'filters' | 'sort' | 'fields' | 'populate';

/** What is wrong, where: `where` is the parameter as written in the URL, e.g. populate[issuingAgency][fields]. */
export interface Problem {
  kind: 'field' | 'operator' | 'order' | 'group' | 'value';
  param: Param;
  where: string;
  /** The name written (a field, an operator, an order), or the value for kind 'value'. */
  name: string;
  model: Model;
  /** What a value should look like, for kind 'value'. */
  expected?: string;
}

export interface QueryErrorContext {
  strapi: Core.Strapi;
  /** The content type the route serves. */
  uid: string;
  /** The query as Strapi parsed it (ctx.query). */
  query: Record<string, unknown>;
  /** Whether the caller may read a content type (the public reads only the public ones). */
  readable(uid: string): boolean;
}

// Fields that lead to another model: a filter, sort or populate goes on into it.
const nested = new Set(['relation', 'component', 'media']);

/** A content type or component by its uid. */
export function model(strapi: Core.Strapi, uid: string | undefined): Model | undefined {
  if (!uid) return undefined;
  return ((strapi.contentTypes as any)[uid] ?? (strapi.components as any)[uid]) as Model | undefined;
}

/** The model a nested field leads to: a relation's target, a component, the media library. */
function targetOf(ctx: QueryErrorContext, attribute: Attribute): Model | undefined {
  if (attribute.type === 'media') return model(ctx.strapi, 'plugin::upload.file');
  return model(ctx.strapi, attribute.type === 'component' ? attribute.component : attribute.target);
}

/** Whether the caller may name this field in this parameter. */
function allowed(ctx: QueryErrorContext, attribute: Attribute | undefined, param: Param): boolean {
  if (!attribute || attribute.private || attribute.type === 'password' || attribute.type === 'dynamiczone') return false;
  if (attribute.type === 'relation') {
    if (attribute.relation?.startsWith('morph') || !attribute.target || !ctx.readable(attribute.target)) return false;
  }
  const isNested = nested.has(attribute.type);
  if (param === 'fields') return !isNested;
  if (param === 'populate') return isNested;
  return true;
}

/** The names a parameter takes on a model, as a message offers them. */
export function names(ctx: QueryErrorContext, target: Model, param: Param): string[] {
  const fields = Object.entries(target.attributes).filter(([, attribute]) => allowed(ctx, attribute, param) && (param !== 'sort' || !nested.has(attribute.type)));
  return [...(param === 'filters' || param === 'sort' ? ['id', 'documentId'] : []), ...fields.map(([name]) => name)];
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first thing in a parameter the caller may not write, walking it along the schema. */
export function locate(ctx: QueryErrorContext, root: Model, param: Param, value: unknown): Problem | null {
  if (param === 'filters') return filters(ctx, root, value, 'filters');
  if (param === 'sort') return sort(ctx, root, value, 'sort');
  if (param === 'fields') return fields(ctx, root, value, 'fields');
  return populate(ctx, root, value, 'populate');
}

// At the root only $and, $or (each a list) and $not may stand for a field; under a relation
// an operator may test the relation itself (filters[issuingAgency][$null]=true).
function filters(ctx: QueryErrorContext, at: Model, value: unknown, where: string, root = true): Problem | null {
  if (Array.isArray(value)) return first(value.map((item, index) => () => filters(ctx, at, item, `${where}[${index}]`, root)));
  if (!isObject(value)) return null;
  for (const [key, sub] of Object.entries(value)) {
    const here = `${where}[${key}]`;
    let found: Problem | null;
    if (key.startsWith('$')) {
      if (!isOperator(key) || (root && !['$and', '$or', '$not'].includes(key))) return { kind: 'operator', param: 'filters', where, name: key, model: at };
      if ((key === '$and' || key === '$or') && !Array.isArray(sub)) return { kind: 'group', param: 'filters', where: here, name: key, model: at };
      found = isObject(sub) || Array.isArray(sub) ? filters(ctx, at, sub, here, root) : null;
    } else if (key === 'id' || key === 'documentId') {
      found = operatorsOf(at, key === 'id' ? { type: 'integer' } : { type: 'string' }, sub, here);
    } else {
      const attribute = at.attributes[key];
      if (!allowed(ctx, attribute, 'filters')) return { kind: 'field', param: 'filters', where, name: key, model: at };
      const target = nested.has(attribute!.type) ? targetOf(ctx, attribute!) : undefined;
      found = target ? filters(ctx, target, sub, here, false) : operatorsOf(at, attribute!, sub, here);
    }
    if (found) return found;
  }
  return null;
}

// A scalar field's filter: a value, or operators holding values (or $not holding operators).
function operatorsOf(at: Model, attribute: Attribute, value: unknown, where: string): Problem | null {
  if (!isObject(value)) return valueOf(at, attribute, value, where);
  for (const [key, sub] of Object.entries(value)) {
    if (!isOperator(key)) return { kind: 'operator', param: 'filters', where, name: key, model: at };
    // $null and $notNull take true or false whatever the field holds.
    const found = key === '$null' || key === '$notNull' ? valueOf(at, { type: 'boolean' }, sub, `${where}[${key}]`) : operatorsOf(at, attribute, sub, `${where}[${key}]`);
    if (found) return found;
  }
  return null;
}

// What the database can compare a field of each type with.
const valueChecks: Record<string, { ok: (text: string) => boolean; expected: string }> = {
  integer: { ok: (text) => /^-?\d+$/.test(text), expected: 'một số nguyên, ví dụ 10' },
  biginteger: { ok: (text) => /^-?\d+$/.test(text), expected: 'một số nguyên, ví dụ 10' },
  float: { ok: (text) => text.trim() !== '' && Number.isFinite(Number(text)), expected: 'một số, ví dụ 2.5' },
  decimal: { ok: (text) => text.trim() !== '' && Number.isFinite(Number(text)), expected: 'một số, ví dụ 2.5' },
  date: { ok: (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && Number.isFinite(Date.parse(text)), expected: 'một ngày dạng 2024-05-01' },
  datetime: { ok: (text) => Number.isFinite(Date.parse(text)) || /^\d+$/.test(text), expected: 'một thời điểm dạng 2024-05-01T08:00:00+07:00' },
  time: { ok: (text) => /^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(text), expected: 'một giờ dạng 08:30:00' },
  boolean: { ok: (text) => /^(true|false|t|f|1|0)$/i.test(text), expected: 'true hoặc false' },
};

function valueOf(at: Model, attribute: Attribute, value: unknown, where: string): Problem | null {
  const check = valueChecks[attribute.type];
  if (!check) return null;
  const values = Array.isArray(value) ? value : [value];
  const bad = values.find((item) => (typeof item === 'string' || typeof item === 'number') && !check.ok(String(item)));
  return bad === undefined ? null : { kind: 'value', param: 'filters', where, name: String(bad), model: at, expected: check.expected };
}

function sort(ctx: QueryErrorContext, at: Model, value: unknown, where: string): Problem | null {
  if (typeof value === 'string') return first(value.split(',').map((part) => () => sortPath(ctx, at, part.trim(), where)));
  if (Array.isArray(value)) return first(value.map((item, index) => () => sort(ctx, at, item, typeof item === 'string' ? where : `${where}[${index}]`)));
  if (!isObject(value)) return null;
  for (const [key, sub] of Object.entries(value)) {
    const attribute = at.attributes[key];
    if (key !== 'id' && key !== 'documentId' && !allowed(ctx, attribute, 'sort')) return { kind: 'field', param: 'sort', where, name: key, model: at };
    const target = attribute && nested.has(attribute.type) ? targetOf(ctx, attribute) : undefined;
    const found = target && isObject(sub) ? sort(ctx, target, sub, `${where}[${key}]`) : typeof sub === 'string' ? order(at, sub, `${where}[${key}]`) : null;
    if (found) return found;
  }
  return null;
}

// "issuingAgency.name:desc": relations and components up to a field, then an order.
function sortPath(ctx: QueryErrorContext, at: Model, text: string, where: string): Problem | null {
  if (!text) return null;
  const [path = '', direction] = text.split(':');
  let current = at;
  const steps = path.split('.');
  for (const [index, step] of steps.entries()) {
    const attribute = current.attributes[step];
    if (step === 'id' || step === 'documentId') break;
    if (!allowed(ctx, attribute, 'sort')) return { kind: 'field', param: 'sort', where, name: step, model: current };
    if (index === steps.length - 1 || !nested.has(attribute!.type)) break;
    const target = targetOf(ctx, attribute!);
    if (!target) break;
    current = target;
  }
  return direction === undefined ? null : order(current, direction, where);
}

function order(at: Model, direction: string, where: string): Problem | null {
  return /^(asc|desc)$/i.test(direction.trim()) ? null : { kind: 'order', param: 'sort', where, name: direction, model: at };
}

function fields(ctx: QueryErrorContext, at: Model, value: unknown, where: string): Problem | null {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  for (const name of list.map((item) => String(item).trim())) {
    if (name && name !== 'id' && name !== 'documentId' && !allowed(ctx, at.attributes[name], 'fields')) {
      return { kind: 'field', param: 'fields', where, name, model: at };
    }
  }
  return null;
}

function populate(ctx: QueryErrorContext, at: Model, value: unknown, where: string): Problem | null {
  if (value === '*' || value === true || value === 'true') return null;
  if (typeof value === 'string') return first(value.split(',').map((part) => () => populatePath(ctx, at, part.trim(), where)));
  if (Array.isArray(value)) return first(value.map((item) => () => populate(ctx, at, item, where)));
  if (!isObject(value)) return null;
  for (const [key, sub] of Object.entries(value)) {
    if (key === '*') continue;
    const attribute = at.attributes[key];
    if (!allowed(ctx, attribute, 'populate')) return { kind: 'field', param: 'populate', where, name: key, model: at };
    const target = targetOf(ctx, attribute!);
    if (!target || !isObject(sub)) continue;
    const here = `${where}[${key}]`;
    const found = first([
      () => (sub.fields !== undefined ? fields(ctx, target, sub.fields, `${here}[fields]`) : null),
      () => (sub.populate !== undefined ? populate(ctx, target, sub.populate, `${here}[populate]`) : null),
      () => (sub.filters !== undefined ? filters(ctx, target, sub.filters, `${here}[filters]`) : null),
      () => (sub.sort !== undefined ? sort(ctx, target, sub.sort, `${here}[sort]`) : null),
    ]);
    if (found) return found;
  }
  return null;
}

// "category.parent": each step a relation, component or media of the one before.
function populatePath(ctx: QueryErrorContext, at: Model, path: string, where: string): Problem | null {
  let current: Model | undefined = at;
  for (const step of path.split('.').filter(Boolean)) {
    if (!current) return null;
    const attribute: Attribute | undefined = current.attributes[step];
    if (!allowed(ctx, attribute, 'populate')) return { kind: 'field', param: 'populate', where, name: step, model: current };
    current = targetOf(ctx, attribute!);
  }
  return null;
}

function first(checks: Array<() => Problem | null>): Problem | null {
  for (const check of checks) {
    const found = check();
    if (found) return found;
  }
  return null;
}
