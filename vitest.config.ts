import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Site tests build a fixture site once (a few seconds); e2e tests drive Chromium.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
