/**
 * `npm run test:site [-- --report]`: the quality gates of tests/quality/ on the site built from
 * content/ (part of `npm test` too). With `--report`, the figures are written to docs/quality.md
 * and src/data/quality.json, which the accessibility statement shows.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const report = process.argv.includes('--report');
const rest = process.argv.slice(2).filter((arg) => arg !== '--report');
const vitest = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', '--project', 'site', 'tests/quality', ...rest], {
  stdio: 'inherit',
  env: report ? { ...process.env, QUALITY_REPORT: resolve('docs/quality.md') } : process.env,
});
if (report && vitest.status === 0) console.log('Figures written to docs/quality.md and src/data/quality.json.');
process.exit(vitest.status ?? 1);
