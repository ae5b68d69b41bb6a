import { errors } from '@strapi/utils';

/**
 * A 400 whose message and per-field detail are in Vietnamese, in Strapi's error format; the
 * path reaches into components (["socialLinks", 0, "url"]) so the admin marks the right input.
 */
export function fieldError(field: string | Array<string | number>, message: string): errors.ValidationError {
  return new errors.ValidationError(message, {
    errors: [{ path: Array.isArray(field) ? field : [field], message, name: 'ValidationError' }],
  });
}
