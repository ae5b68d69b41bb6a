import { reporters } from '@cong/testing';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('site'),
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // One CMS with the demo content and one build of the site for the whole run.
    globalSetup: ['tests/demo-site.ts'],
    hookTimeout: 300_000,
    testTimeout: 120_000,
    // Chromium is heavy on two cores: one test file at a time.
    fileParallelism: false,
  },
});
