import { reporters } from '@cong/testing';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('scripts'),
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 180_000,
  },
});
