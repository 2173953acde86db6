import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure logic alone; `site` (site and end-to-end tests) first builds
// the fixture site once (a few seconds) and drives Chromium. `npm test -- --project unit` skips the build.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
