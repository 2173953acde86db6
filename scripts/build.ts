/**
 * `npm run build`: validate the content, build into a staging folder, and only when every
 * step succeeds replace dist/ with it. Invalid content stops here with a readable report,
 * and a failed build never leaves a half-written dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/problems.ts';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const outDir = resolve(process.env.ATLANTE_DIST ?? 'dist');
const staging = `${outDir}.staging`;

const check = checkContent(contentDir);
if (check.problems.length) console.error(formatReport(check.problems));
if (check.errors) {
  console.error(`Build stopped: ${outDir} was left as it was.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
// Astro caches parsed entries keyed by file content, not by schema: a schema change (a new
// default, a transform) would be served stale. Each build parses the content afresh.
rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });
const env = { ...process.env, ATLANTE_OUT_DIR: staging, ATLANTE_CONTENT_CHECKED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed: ${outDir} was left as it was.`);
  process.exit(astro.status ?? 1);
}

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site written to ${outDir}`);
