import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure logic alone; `site` (site, end-to-end and quality tests) first
// builds the fixture site and the real content (tests/support/global-setup.ts) and drives
// Chromium. `npm test -- --project unit` skips the builds; `npm run test:site` runs the quality gates.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
