/**
 * `npm run bench:build [-- --practices 1000] [--runs 3] [--json] [--verbose]`: cold builds of
 * synthetic catalogues against a plain baseline built in the same run. For each size: generate
 * `.bench/content-N`; then, for each run, remove Astro's caches and the output folder and run
 * the build with CONTENT_DIR pointing at the tree, and build the plain site of
 * `scripts/baseline-site.ts` over the same tree (Astro, then Pagefind's CLI). Each is measured:
 * wall time, peak RSS of the whole process tree (polling /proc), CPU time, pages written and
 * output size; the figures to watch are the ratios, median over the runs.
 *
 * It overwrites dist/ (and Astro's caches): do not run it while another build is running, or
 * use --isolated to build in a snapshot of the project under the system temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineSite } from './baseline-site.ts';
import { writeSyntheticTree } from './generate.ts';

const HELP = `Usage: npm run bench:build -- [--practices 1000[,10000]] [--runs R] [--seed S] [--project-ext md|mdx]
                                [--json] [--verbose] [--command "node scripts/build.ts"] [--dist dist] [--isolated]

For each size N: writes the synthetic tree .bench/content-N (npm run generate). Then, R times,
it builds the site cold (removes .astro/, node_modules/.astro/ and the output folder, runs the
build with CONTENT_DIR=.bench/content-N and a fresh NODE_COMPILE_CACHE) and, in the same run,
a plain Astro site with one bare page per entry and language over the same tree, indexed by
Pagefind's CLI (scripts/baseline-site.ts, in ${join(tmpdir(), 'atlante-bench-baseline')}). It prints the
machine's load before each run, both builds' wall time and peak memory, and their ratios
(median over the runs). Overwrites dist/ unless --isolated.

  --practices LIST numbers of practices, comma-separated (default 1000; --sizes is the same)
  --runs R         runs per size (default 3 below 10,000 practices, 1 from 10,000)
  --seed S         generator seed (default 1)
  --project-ext E  file format of the synthetic projects: md (default, like content/) or mdx
  --command CMD    build command (default "node scripts/build.ts"; "node" is this Node)
  --dist DIR       output folder the command writes (default dist)
  --json           also write the figures to .bench/bench-build.json
  --verbose        echo the builds' output (it is always saved to .bench/build-N-R.log and
                   .bench/baseline-N-R-*.log)
  --isolated       build in a snapshot of the project (${join(tmpdir(), 'atlante-bench')}, node_modules
                   hard-linked) so that dist/ and Astro's caches here are left alone and a
                   build running here meanwhile does not collide with the benchmark
  -h, --help       show this help

Targets: wall time at most 1.3× the baseline's; peak memory at most 3 GiB.`;

const TARGET = { wallRatio: 1.3, rssBytes: 3 * 1024 ** 3 } as const;

interface Phase {
  name: string;
  ms: number;
}

interface Run {
  practices: number;
  entries: number;
  contentMB: number;
  generateMs: number;
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  cpuUserS?: number;
  cpuSysS?: number;
  /** CPU seconds used by other processes on the machine during the build (contention). */
  otherCpuS?: number;
  peakRssBytes: number;
  /** When the peak happened (ms from start) and how it was made up. */
  peakAtMs: number;
  peakProcesses: { pid: number; command: string; rss: number }[];
  maxProcessRssBytes?: number;
  htmlPages: number;
  pagesPerSecond: number;
  distFiles: number;
  distMB: number;
  phases: Phase[];
  log: string;
}

// ---------------------------------------------------------------------------------------
// Process-tree memory
// ---------------------------------------------------------------------------------------

interface TreeSample {
  total: number;
  /** Each process of the tree: pid, short command line, RSS in bytes. */
  processes: { pid: number; command: string; rss: number }[];
}

/** VmRSS (bytes) of `root` and all its descendants, read from /proc. */
function treeRss(root: number): TreeSample {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so cut at the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const sample: TreeSample = { total: 0, processes: [] };
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) {
        const rss = Number(match[1]) * 1024;
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const command = args.map((a) => a.replace(/^.*\/(node_modules\/)?/, '')).join(' ').slice(0, 60);
        sample.total += rss;
        sample.processes.push({ pid, command, rss });
      }
    } catch {
      // exited meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return sample;
}

// ---------------------------------------------------------------------------------------
// Output folder
// ---------------------------------------------------------------------------------------

function walk(dir: string): { files: number; bytes: number; html: number } {
  const total = { files: 0, bytes: 0, html: 0 };
  if (!existsSync(dir)) return total;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      total.files += sub.files;
      total.bytes += sub.bytes;
      total.html += sub.html;
    } else {
      total.files++;
      total.bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) total.html++;
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------
// Phases, from the build's log lines (each stamped with ms since start)
// ---------------------------------------------------------------------------------------

const MARKERS: [string, RegExp][] = [
  ['content sync', /\[content\] Syncing content/],
  ['types + build info', /\[content\] Synced content/],
  ['bundling (vite)', /Building static entrypoints/],
  ['prerender setup (getStaticPaths)', /generating static routes/],
  ['rendering pages', /^\s*(\d\d:\d\d:\d\d\s+)?[├└]─ \//],
  ['finishing (assets, staging swap)', /\[build\] \d+ page\(s\) built/],
];

function phasesOf(lines: { ms: number; text: string }[], wallMs: number): Phase[] {
  const marks: { name: string; ms: number }[] = [{ name: 'startup + content check', ms: 0 }];
  for (const [name, pattern] of MARKERS) {
    const line = lines.find((l) => pattern.test(l.text) && l.ms >= marks.at(-1)!.ms);
    if (line) marks.push({ name, ms: line.ms });
  }
  return marks.map((mark, i) => ({ name: mark.name, ms: (marks[i + 1]?.ms ?? wallMs) - mark.ms }));
}

// ---------------------------------------------------------------------------------------
// One run
// ---------------------------------------------------------------------------------------

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** CPU seconds spent by the whole machine so far (user + nice + system + irq + softirq + steal), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ is 100 on Linux
}

/** Command lines of other Astro builds on the machine (they skew the figures). */
function otherBuilds(): string[] {
  const found: string[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (/astro(\.mjs)? (build|dev)|scripts\/build\.ts|vitest/.test(args)) found.push(`${name}: ${args.slice(0, 120)}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

async function runBuild(command: string[], env: NodeJS.ProcessEnv, verbose: boolean, logPath: string, cwd: string) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const timeOut = `${logPath}.time`;
  rmSync(timeOut, { force: true });
  const argv = timeBin ? [timeBin, '-o', timeOut, '-f', '%e %U %S %M', ...command] : command;
  const lines: { ms: number; text: string }[] = [];
  const busyBefore = machineBusySeconds();
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let peakAt = 0;
  let peakProcesses: TreeSample['processes'] = [];
  const poll = () => {
    if (child.pid === undefined) return;
    const sample = treeRss(child.pid);
    if (sample.total > peak) {
      peak = sample.total;
      peakAt = Math.round(performance.now() - started);
      peakProcesses = sample.processes;
    }
  };
  const timer = setInterval(poll, 100);
  const collect = (stream: NodeJS.ReadableStream, sink: NodeJS.WriteStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = Math.round(performance.now() - started);
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) lines.push({ ms, text: stripAnsi(text) });
      if (verbose) sink.write(chunk);
    });
    stream.on('end', () => {
      if (rest) lines.push({ ms: Math.round(performance.now() - started), text: stripAnsi(rest) });
    });
  };
  collect(child.stdout!, process.stdout);
  collect(child.stderr!, process.stderr);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearInterval(timer);
  const wallMs = Math.round(performance.now() - started);
  const machineCpu = machineBusySeconds() - busyBefore;
  writeFileSync(logPath, lines.map((l) => `${String(l.ms).padStart(7)} ms  ${l.text}`).join('\n') + '\n');
  let cpu: { user: number; sys: number; maxRss: number } | undefined;
  if (timeBin && existsSync(timeOut)) {
    // /usr/bin/time may prepend "Command exited with non-zero status N"; the figures are the last line.
    const last = readFileSync(timeOut, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if (last.length === 4 && last.every(Number.isFinite)) cpu = { user: last[1]!, sys: last[2]!, maxRss: last[3]! * 1024 };
  }
  // CPU the rest of the machine used meanwhile (other builds, tests): a sign the figures are skewed.
  const otherCpu = cpu ? Math.max(0, machineCpu - cpu.user - cpu.sys) : undefined;
  return { exitCode, wallMs, peak, peakAt, peakProcesses, lines, cpu, otherCpu };
}

/** Copies the project to `target` (sources copied, node_modules hard-linked), without outputs and caches. */
function snapshot(target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const skip = new Set(['node_modules', '.git', '.astro', '.bench', 'dist', 'test-results']);
  for (const name of readdirSync('.')) {
    if (skip.has(name) || name.endsWith('.staging')) continue;
    cpSync(name, join(target, name), { recursive: true });
  }
  const linked = spawnSync('cp', ['-al', 'node_modules', join(target, 'node_modules')]);
  if (linked.status !== 0) cpSync('node_modules', join(target, 'node_modules'), { recursive: true });
  for (const cache of ['.astro', '.vite', '.vite-temp', '.vitest-cache']) rmSync(join(target, 'node_modules', cache), { recursive: true, force: true });
}

interface BenchOptions {
  seed: string | number;
  projectExtension: 'mdx' | 'md';
  command: string[];
  dist: string;
  verbose: boolean;
  root: string;
}

interface Tree {
  practices: number;
  contentDir: string;
  files: number;
  bytes: number;
  generateMs: number;
}

function generate(practices: number, options: BenchOptions): Tree {
  const contentDir = join(options.root, `.bench/content-${practices}`);
  process.stdout.write(`\n[${practices}] generating ${contentDir} … `);
  const generated = writeSyntheticTree({ practices, out: contentDir, seed: options.seed, projectExtension: options.projectExtension, taxonomiesDir: join(options.root, 'content/taxonomies'), force: true });
  console.log(`${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB in ${(generated.ms / 1000).toFixed(1)} s`);
  return { practices, contentDir, files: generated.files, bytes: generated.bytes, generateMs: generated.ms };
}

/**
 * A fresh, empty module compile cache for one build, deleted afterwards. Astro enables Node's
 * compile cache (by default in the system temp folder); the data store is compiled as one large
 * module, so a warm cache hides ~10-20 s at 10k, and each 10k build adds hundreds of MB to it.
 */
async function withFreshCompileCache<T>(path: string, build: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  rmSync(path, { recursive: true, force: true });
  try {
    return await build({ NODE_COMPILE_CACHE: path, ASTRO_TELEMETRY_DISABLED: '1' });
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

function warnAboutOtherBuilds(label: string): void {
  const others = otherBuilds();
  if (others.length) console.log(`${label} warning: other builds are running and share the CPUs:\n${others.map((o) => `    ${o}`).join('\n')}`);
}

async function measureReal(tree: Tree, run: number, options: BenchOptions): Promise<Run> {
  const { practices, contentDir } = tree;
  const root = options.root;
  const label = `[${practices} #${run}]`;
  // Cold: no data store, no generated types, no previous output.
  const dist = resolve(root, options.dist);
  for (const path of ['.astro', 'node_modules/.astro', dist, `${dist}.staging`]) rmSync(resolve(root, path), { recursive: true, force: true });
  const logPath = resolve(`.bench/build-${practices}-${run}.log`);
  console.log(`${label} building: CONTENT_DIR=${contentDir} ${options.command.join(' ')}`);
  warnAboutOtherBuilds(label);
  const result = await withFreshCompileCache(join(root, `.bench/compile-cache-${practices}`), (env) =>
    runBuild(options.command, { ...process.env, ...env, CONTENT_DIR: contentDir }, options.verbose, logPath, root),
  );
  const out = walk(dist);
  const ok = result.exitCode === 0;
  console.log(`${label} ${ok ? 'done' : `FAILED (exit ${String(result.exitCode)})`} in ${(result.wallMs / 1000).toFixed(1)} s, peak ${gb(result.peak)}; log: ${logPath}`);
  if (!ok) console.log(result.lines.slice(-15).map((l) => `    ${l.text}`).join('\n'));
  return {
    practices,
    entries: tree.files,
    contentMB: round(tree.bytes / 1e6, 1),
    generateMs: tree.generateMs,
    ok,
    exitCode: result.exitCode,
    wallMs: result.wallMs,
    ...(result.cpu ? { cpuUserS: result.cpu.user, cpuSysS: result.cpu.sys, maxProcessRssBytes: result.cpu.maxRss } : {}),
    ...(result.otherCpu !== undefined ? { otherCpuS: round(result.otherCpu, 1) } : {}),
    peakRssBytes: result.peak,
    peakAtMs: result.peakAt,
    peakProcesses: result.peakProcesses,
    htmlPages: out.html,
    pagesPerSecond: round(out.html / (result.wallMs / 1000), 1),
    distFiles: out.files,
    distMB: round(out.bytes / 1e6, 1),
    phases: phasesOf(result.lines, result.wallMs),
    log: logPath,
  };
}

interface BaselineRun {
  ok: boolean;
  wallMs: number;
  /** The highest peak RSS of the process tree over its steps (they run one after the other). */
  peakRssBytes: number;
  cpuS?: number;
  otherCpuS?: number;
  steps: { name: string; wallMs: number; peakRssBytes: number }[];
  htmlPages: number;
  distMB: number;
}

/** The plain Astro site over the same tree, then Pagefind's CLI over it (scripts/baseline-site.ts). */
async function measureBaseline(tree: Tree, run: number, options: BenchOptions): Promise<BaselineRun> {
  const label = `[${tree.practices} #${run}]`;
  const site = writeBaselineSite(join(tmpdir(), 'atlante-bench-baseline'), tree.contentDir, options.root, options.projectExtension === 'mdx');
  console.log(`${label} baseline: plain Astro site in ${site.root}, then Pagefind's CLI`);
  warnAboutOtherBuilds(label);
  const baseline: BaselineRun = { ok: true, wallMs: 0, peakRssBytes: 0, steps: [], htmlPages: 0, distMB: 0 };
  for (const step of site.commands) {
    const logPath = resolve(`.bench/baseline-${tree.practices}-${run}-${step.name.replace(/\W+/g, '-')}.log`);
    const result = await withFreshCompileCache(join(site.root, '.compile-cache'), (env) => runBuild(step.argv, { ...process.env, ...env }, options.verbose, logPath, site.root));
    baseline.wallMs += result.wallMs;
    baseline.peakRssBytes = Math.max(baseline.peakRssBytes, result.peak);
    if (result.cpu) baseline.cpuS = (baseline.cpuS ?? 0) + result.cpu.user + result.cpu.sys;
    if (result.otherCpu !== undefined) baseline.otherCpuS = round((baseline.otherCpuS ?? 0) + result.otherCpu, 1);
    baseline.steps.push({ name: step.name, wallMs: result.wallMs, peakRssBytes: result.peak });
    if (result.exitCode !== 0) {
      baseline.ok = false;
      console.log(`${label} baseline ${step.name} FAILED (exit ${String(result.exitCode)}); log: ${logPath}`);
      console.log(result.lines.slice(-15).map((l) => `    ${l.text}`).join('\n'));
      break;
    }
  }
  const out = walk(site.dist);
  baseline.htmlPages = out.html;
  baseline.distMB = round(out.bytes / 1e6, 1);
  if (baseline.ok) console.log(`${label} baseline done in ${(baseline.wallMs / 1000).toFixed(1)} s (${baseline.steps.map((s) => `${s.name} ${(s.wallMs / 1000).toFixed(1)} s`).join(', ')}), peak ${gb(baseline.peakRssBytes)}`);
  return baseline;
}

interface Pair {
  run: number;
  loadAverage: number[];
  real: Run;
  baseline: BaselineRun;
  wallRatio: number;
  memoryRatio: number;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const machineLoad = () => readFileSync('/proc/loadavg', 'utf8').trim().split(/\s+/).slice(0, 3).map(Number);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function parseCount(text: string | undefined, name: string): number[] | string {
  const values = (text ?? '').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  return values.length > 0 && values.every((n) => Number.isInteger(n) && n >= 1) ? values : `${name} takes positive integers, e.g. 1000 or 1000,10000`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      practices: { type: 'string' },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'project-ext': { type: 'string', default: 'md' },
      command: { type: 'string', default: 'node scripts/build.ts' },
      dist: { type: 'string', default: 'dist' },
      json: { type: 'boolean', default: false },
      isolated: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const usage = (problem: string) => {
    console.error(`${problem}\n\n${HELP}`);
    process.exitCode = 2;
  };
  const sizes = parseCount(values.practices ?? values.sizes ?? '1000', '--practices');
  if (typeof sizes === 'string') return usage(sizes);
  const runsGiven = values.runs === undefined ? undefined : parseCount(values.runs, '--runs');
  if (typeof runsGiven === 'string') return usage(runsGiven);
  const runsFor = (practices: number) => runsGiven?.[0] ?? (practices < 10_000 ? 3 : 1);
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const projectExtension = values['project-ext'];
  if (projectExtension !== 'mdx' && projectExtension !== 'md') return usage('--project-ext is mdx or md');
  const command = values.command.split(/\s+/).filter(Boolean).map((part, i) => (i === 0 && part === 'node' ? process.execPath : part));
  mkdirSync('.bench', { recursive: true });

  const machine = {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverage: machineLoad(),
    commit: `${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown'}${spawnSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'scripts/build.ts', ':!src/lib/synthetic.ts'], { encoding: 'utf8' }).stdout.trim() ? ' + local changes' : ''}`,
  };
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, load ${machine.loadAverage.join(' ')}, commit ${machine.commit}`);

  let root = process.cwd();
  if (values.isolated) {
    root = join(tmpdir(), 'atlante-bench');
    const started = performance.now();
    snapshot(root);
    console.log(`Snapshot of the project in ${root} (${((performance.now() - started) / 1000).toFixed(1)} s); building there.`);
  }
  const options: BenchOptions = { seed, projectExtension, command, dist: values.dist, verbose: values.verbose, root };
  const results: { practices: number; pairs: Pair[] }[] = [];
  for (const practices of sizes) {
    const tree = generate(practices, options);
    const pairs: Pair[] = [];
    for (let run = 1; run <= runsFor(practices); run++) {
      const loadAverage = machineLoad();
      console.log(`\n[${practices} #${run}] load average before the run: ${loadAverage.join(' ')}`);
      // Alternate which build goes first, so a drift in the machine's load falls on both.
      let real: Run;
      let baseline: BaselineRun;
      if (run % 2 === 1) {
        real = await measureReal(tree, run, options);
        baseline = await measureBaseline(tree, run, options);
      } else {
        baseline = await measureBaseline(tree, run, options);
        real = await measureReal(tree, run, options);
      }
      pairs.push({ run, loadAverage, real, baseline, wallRatio: real.wallMs / baseline.wallMs, memoryRatio: real.peakRssBytes / baseline.peakRssBytes });
    }
    results.push({ practices, pairs });
  }

  for (const { practices, pairs } of results) {
    console.log(`\n${practices} practices, ${pairs.length} run${pairs.length > 1 ? 's' : ''} (the real build against the plain baseline, same tree, same run):`);
    console.log(table([
      ['run', 'load before', 'real wall s', 'baseline wall s', 'wall ×', 'real peak', 'baseline peak', 'peak ×', 'real other CPU s', 'HTML pages real / baseline', 'status'],
      ...pairs.map((p) => [
        `#${p.run}`,
        p.loadAverage.join(' '),
        seconds(p.real.wallMs),
        `${seconds(p.baseline.wallMs)} (${p.baseline.steps.map((s) => seconds(s.wallMs)).join(' + ')})`,
        p.wallRatio.toFixed(2),
        gb(p.real.peakRssBytes),
        gb(p.baseline.peakRssBytes),
        p.memoryRatio.toFixed(2),
        p.real.otherCpuS !== undefined ? p.real.otherCpuS.toFixed(1) : '–',
        `${p.real.htmlPages} / ${p.baseline.htmlPages}`,
        p.real.ok && p.baseline.ok ? 'ok' : 'FAILED',
      ]),
    ]));
    const wallRatio = median(pairs.map((p) => p.wallRatio));
    const memoryRatio = median(pairs.map((p) => p.memoryRatio));
    const realPeak = median(pairs.map((p) => p.real.peakRssBytes));
    console.log(
      `Median: real ${seconds(median(pairs.map((p) => p.real.wallMs)))} s, ${gb(realPeak)}; baseline ${seconds(median(pairs.map((p) => p.baseline.wallMs)))} s, ${gb(median(pairs.map((p) => p.baseline.peakRssBytes)))}; ` +
        `ratio wall ${wallRatio.toFixed(2)}×, peak memory ${memoryRatio.toFixed(2)}×.`,
    );
    const typical = [...pairs].sort((a, b) => a.real.wallMs - b.real.wallMs)[(pairs.length - 1) >> 1]!.real;
    console.log(`Phases of the real build, run of median wall time (from the build log's timestamps):`);
    console.log(table([['phase', 's', 'share'], ...typical.phases.map((p) => [p.name, seconds(p.ms), `${Math.round((p.ms / typical.wallMs) * 100)}%`])]));
    console.log(`Peak RSS ${gb(typical.peakRssBytes)} at ${seconds(typical.peakAtMs)} s: ${typical.peakProcesses.filter((p) => p.rss > 20e6).map((p) => `${p.command} ${gb(p.rss)}`).join('; ')}`);
    const ok = pairs.every((p) => p.real.ok && p.baseline.ok);
    console.log(
      `Targets: wall time ≤ ${TARGET.wallRatio}× the baseline ${ok && wallRatio <= TARGET.wallRatio ? 'met' : 'MISSED'} (${wallRatio.toFixed(2)}×); ` +
        `peak memory ≤ 3 GiB ${ok && realPeak <= TARGET.rssBytes ? 'met' : 'MISSED'} (${gb(realPeak)}).`,
    );
    const contended = pairs.filter((p) => (p.real.otherCpuS ?? 0) > 0.1 * (p.real.wallMs / 1000));
    if (contended.length) console.log(`Warning: other processes used the CPUs during run${contended.length > 1 ? 's' : ''} ${contended.map((p) => `#${p.run}`).join(', ')} ("other CPU s"): absolute times are pessimistic; the ratios compare builds that ran in the same conditions.`);
  }
  if (values.json) {
    const path = resolve('.bench/bench-build.json');
    writeFileSync(path, `${JSON.stringify({ machine, command: values.command, seed, projectExtension, isolated: values.isolated, results }, null, 2)}\n`);
    console.log(`\nFigures written to ${path}`);
  }
  if (results.some((r) => r.pairs.some((p) => !p.real.ok || !p.baseline.ok))) process.exitCode = 1;
}

await main();
