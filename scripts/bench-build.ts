/**
 * `npm run bench:build [-- --sizes 1000,10000] [--json] [--verbose]`: cold builds of synthetic
 * catalogues. For each size: generate `.bench/content-N`, remove Astro's caches and the output
 * folder, run the build with CONTENT_DIR pointing at the tree, and measure wall time, peak RSS
 * of the whole process tree (polling /proc), CPU time, pages written and output size.
 *
 * It overwrites dist/ (and Astro's caches): do not run it while another build is running, or
 * use --isolated to build in a snapshot of the project under the system temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticTree } from './generate.ts';

const HELP = `Usage: npm run bench:build -- [--sizes 1000,10000] [--seed S] [--project-ext md|mdx] [--json] [--verbose]
                                [--command "node scripts/build.ts"] [--dist dist] [--isolated]

For each size N: writes the synthetic tree .bench/content-N (npm run generate), removes
.astro/, node_modules/.astro/ (Astro's data store) and the output folder, then runs the
build with CONTENT_DIR=.bench/content-N and a fresh NODE_COMPILE_CACHE, and measures it.
Overwrites dist/ unless --isolated.

  --sizes LIST     numbers of practices, comma-separated (default 1000,10000)
  --seed S         generator seed (default 1)
  --project-ext E  file format of the synthetic projects: md (default, like content/) or mdx
  --command CMD    build command (default "node scripts/build.ts"; "node" is this Node)
  --dist DIR       output folder the command writes (default dist)
  --json           also write the figures to .bench/bench-build.json
  --verbose        echo the build output (it is always saved to .bench/build-N.log)
  --isolated       build in a snapshot of the project (${join(tmpdir(), 'atlante-bench')}, node_modules
                   hard-linked) so that dist/ and Astro's caches here are left alone and a
                   build running here meanwhile does not collide with the benchmark
  -h, --help       show this help

Targets at 10,000 practices: at most 60 s and 3 GB peak RSS.`;

const TARGET = { practices: 10_000, seconds: 60, rssBytes: 3 * 1024 ** 3 } as const;

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

async function bench(practices: number, options: BenchOptions): Promise<Run> {
  const root = options.root;
  const contentDir = join(root, `.bench/content-${practices}`);
  process.stdout.write(`\n[${practices}] generating ${contentDir} … `);
  const generated = writeSyntheticTree({ practices, out: contentDir, seed: options.seed, projectExtension: options.projectExtension, taxonomiesDir: join(root, 'content/taxonomies'), force: true });
  console.log(`${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB in ${(generated.ms / 1000).toFixed(1)} s`);

  // Cold: no data store, no generated types, no previous output.
  const dist = resolve(root, options.dist);
  for (const path of ['.astro', 'node_modules/.astro', dist, `${dist}.staging`]) rmSync(resolve(root, path), { recursive: true, force: true });

  const logPath = resolve(`.bench/build-${practices}.log`);
  console.log(`[${practices}] building: CONTENT_DIR=${contentDir} ${options.command.join(' ')}`);
  // Astro enables Node's module compile cache (by default in the system temp folder); the data
  // store is compiled as one large module, so a warm cache hides ~10-20 s at 10k. Cold means a
  // fresh cache; it is deleted afterwards (it takes hundreds of MB per 10k build).
  const compileCache = join(root, `.bench/compile-cache-${practices}`);
  rmSync(compileCache, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, NODE_COMPILE_CACHE: compileCache };
  const others = otherBuilds();
  if (others.length) console.log(`[${practices}] warning: other builds are running and share the CPUs:\n${others.map((o) => `    ${o}`).join('\n')}`);
  const result = await runBuild(options.command, env, options.verbose, logPath, root);
  rmSync(compileCache, { recursive: true, force: true });
  const out = walk(dist);
  const ok = result.exitCode === 0;
  const run: Run = {
    practices,
    entries: generated.files,
    contentMB: round(generated.bytes / 1e6, 1),
    generateMs: generated.ms,
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
  console.log(`[${practices}] ${ok ? 'done' : `FAILED (exit ${String(result.exitCode)})`} in ${(result.wallMs / 1000).toFixed(1)} s; log: ${logPath}`);
  if (!ok) console.log(result.lines.slice(-15).map((l) => `    ${l.text}`).join('\n'));
  return run;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
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
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`--sizes takes positive integers, e.g. 1000,10000\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const projectExtension = values['project-ext'];
  if (projectExtension !== 'mdx' && projectExtension !== 'md') {
    console.error(`--project-ext is mdx or md\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const command = values.command.split(/\s+/).filter(Boolean).map((part, i) => (i === 0 && part === 'node' ? process.execPath : part));
  mkdirSync('.bench', { recursive: true });

  const machine = {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverage: loadavg().map((l) => round(l, 2)),
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
  const runs: Run[] = [];
  for (const practices of sizes) runs.push(await bench(practices, { seed, projectExtension, command, dist: values.dist, verbose: values.verbose, root }));

  console.log(`\n${table([
    ['practices', 'files in', 'wall s', 'CPU s', 'other CPU s', 'peak RSS (tree)', 'max RSS (1 proc)', 'HTML pages', 'pages/s', 'dist MB', 'dist files', 'status'],
    ...runs.map((r) => [
      String(r.practices),
      String(r.entries),
      (r.wallMs / 1000).toFixed(1),
      r.cpuUserS !== undefined ? (r.cpuUserS + r.cpuSysS!).toFixed(1) : '–',
      r.otherCpuS !== undefined ? r.otherCpuS.toFixed(1) : '–',
      gb(r.peakRssBytes),
      r.maxProcessRssBytes !== undefined ? gb(r.maxProcessRssBytes) : '–',
      String(r.htmlPages),
      String(r.pagesPerSecond),
      String(r.distMB),
      String(r.distFiles),
      r.ok ? 'ok' : `exit ${String(r.exitCode)}`,
    ]),
  ])}`);
  for (const run of runs) {
    console.log(`\nPhases at ${run.practices} practices (from the build log's timestamps):`);
    console.log(table([['phase', 's', 'share'], ...run.phases.map((p) => [p.name, (p.ms / 1000).toFixed(1), `${Math.round((p.ms / run.wallMs) * 100)}%`])]));
    console.log(`Peak RSS ${gb(run.peakRssBytes)} at ${(run.peakAtMs / 1000).toFixed(1)} s: ${run.peakProcesses.filter((p) => p.rss > 20e6).map((p) => `${p.command} ${gb(p.rss)}`).join('; ')}`);
  }
  const contended = runs.filter((r) => (r.otherCpuS ?? 0) > 0.1 * (r.wallMs / 1000));
  if (contended.length) console.log(`\nWarning: other processes used the CPUs during ${contended.map((r) => r.practices).join(', ')} ("other CPU s"); those times are pessimistic.`);
  const target = runs.find((r) => r.practices === TARGET.practices);
  if (target) {
    const timeOk = target.ok && target.wallMs <= TARGET.seconds * 1000;
    const memOk = target.ok && target.peakRssBytes <= TARGET.rssBytes;
    console.log(`\nTarget at ${TARGET.practices} practices: time ${timeOk ? 'met' : 'MISSED'} (${(target.wallMs / 1000).toFixed(1)} s ≤ ${TARGET.seconds} s), memory ${memOk ? 'met' : 'MISSED'} (${gb(target.peakRssBytes)} ≤ 3 GiB).`);
  }
  if (values.json) {
    const path = resolve('.bench/bench-build.json');
    writeFileSync(path, `${JSON.stringify({ machine, command: values.command, seed, projectExtension, isolated: values.isolated, runs }, null, 2)}\n`);
    console.log(`\nFigures written to ${path}`);
  }
  if (runs.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
