import { reporters } from '@cong/testing';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters(`cms-${process.env.CMS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'}`),
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // One real Strapi for the whole run, booted before any test file (tests/strapi-server.ts).
    globalSetup: ['tests/strapi-server.ts'],
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
