export * from './slug.js';
export * from './document-number.js';
export * from './dates.js';
export * from './legal-status.js';
export * from './consultation-phase.js';
export * from './moderation.js';
export * from './signature-verdict.js';
export type * from './types.js';
export * from './comment-form.js';
