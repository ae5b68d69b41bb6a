import { errors } from '@strapi/utils';

/** A 400 whose message and per-field detail are in Vietnamese, in Strapi's error format. */
export function fieldError(field: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });
}
