export * from './extract.js';
export * from './verify.js';
