import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // As @cong/testing's reporters(), which this package, below every other, cannot import.
    reporters: process.env.CONG_TEST_RESULTS ? ['default', ['json', { outputFile: path.join(process.env.CONG_TEST_RESULTS, 'shared.json') }]] : ['default'],
  },
});
