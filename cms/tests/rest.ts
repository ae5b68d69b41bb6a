import { inject } from 'vitest';

export type Caller = 'public' | 'site' | 'full';

export interface Reply<T = any> {
  status: number;
  body: T;
}

/** Calls the CMS's REST API as the public, the site build's token, or a full-access token. */
export async function api<T = any>(
  path: string,
  { as = 'public', method = 'GET', data, body }: { as?: Caller; method?: string; data?: unknown; body?: BodyInit } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (as === 'site') headers.Authorization = `Bearer ${inject('siteToken')}`;
  if (as === 'full') headers.Authorization = `Bearer ${inject('fullAccessToken')}`;
  if (data !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers,
    body: data !== undefined ? JSON.stringify({ data }) : body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Creates an entry with the full-access token and returns it; fails the test on any error.
 * Like Strapi's REST API, it publishes unless told `draft`.
 */
export async function create<T = any>(
  pluralName: string,
  data: object,
  { status = 'published', locale }: { status?: 'published' | 'draft'; locale?: string } = {},
): Promise<T> {
  const query = `?status=${status}${locale ? `&locale=${locale}` : ''}`;
  const reply = await api(`/api/${pluralName}${query}`, { as: 'full', method: 'POST', data });
  if (reply.status !== 201 && reply.status !== 200) {
    throw new Error(`POST /api/${pluralName} → ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body.data as T;
}

/** A suffix that keeps one test's entries apart from another's. */
export function unique(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Uploads a file to the media library with the full-access token; returns the stored file. */
export async function upload(name: string, bytes: Uint8Array, type: string): Promise<{ id: number; url: string; name: string }> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const reply = await api('/api/upload', { as: 'full', method: 'POST', body: form });
  if (reply.status !== 201) throw new Error(`upload ${name} → ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body[0];
}
