import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // One real Strapi for the whole run, booted before any test file (tests/strapi-server.ts).
    globalSetup: ['tests/strapi-server.ts'],
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
