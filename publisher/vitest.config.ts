import { reporters } from '@cong/testing';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('publisher'),
    include: ['tests/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
