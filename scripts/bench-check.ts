/**
 * `npm run bench:check [-- --runs 5]`: how long `npm run check` takes on the real content and on
 * a synthetic catalogue of 10,000 practices (written once to .bench/content-10000), and its peak
 * memory. Each run is a fresh process, timed by /usr/bin/time. Targets: 5 s and 30 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticTree } from './generate.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const SYNTHETIC = resolve('.bench/content-10000');
if (!existsSync(SYNTHETIC)) writeSyntheticTree({ practices: 10_000, out: SYNTHETIC, seed: 1 });

const cases = [
  { name: 'content/ (seed)', dir: resolve('content'), targetS: 5 },
  { name: '10,000 practices', dir: SYNTHETIC, targetS: 30 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const { name, dir, targetS } of cases) {
  const seconds: number[] = [];
  const peaksMB: number[] = [];
  let entries = '';
  for (let i = 0; i < runs; i++) {
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, resolve('scripts/check-content.ts')], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const [, wall, rssKB] = /TIME ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
    if (!wall || run.status !== 0) throw new Error(`the check failed on ${dir}:\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
    seconds.push(Number(wall));
    peaksMB.push(Number(rssKB) / 1024);
    entries = /(\d+) entries checked/.exec(run.stdout)?.[1] ?? entries;
  }
  const verdict = Math.max(...seconds) <= targetS ? 'within' : 'OVER';
  console.log(
    `${name}: ${entries} entries, median ${median(seconds).toFixed(2)} s, max ${Math.max(...seconds).toFixed(2)} s over ${runs} runs, peak RSS ${Math.round(Math.max(...peaksMB))} MB (${verdict} the ${targetS} s target)`,
  );
}
