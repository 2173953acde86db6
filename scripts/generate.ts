/**
 * `npm run generate -- --practices N --out DIR [--seed S]`: writes a synthetic content tree
 * (same layout as content/) for load tests and build benchmarks. See src/lib/synthetic.ts.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Document, parse, stringify } from 'yaml';
import { generateSynthetic, type SyntheticCounts, type SyntheticEntry, type TaxonomyIds } from '../src/lib/synthetic.ts';
import { countWords, pageText, searchQueries, wordStats, type WordStats } from '../src/lib/synthetic-queries.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

const HELP = `Usage: npm run generate -- --practices N --out DIR [--seed S] [--project-ext md|mdx] [--taxonomies DIR] [--force] [--stats]

Writes a synthetic content tree with N practices and, in proportion, projects (N/8),
partners (N/4, at most 2500), documents (N/3) and territories (Italy, 20 regions,
107 provinces, min(N/5, 8000) municipalities). Every entry passes \`npm run check\`;
summaries and bodies start with "[sintetico]". The prose follows Italian word frequencies
(see src/lib/synthetic-prose.ts). Beside the tree, DIR/queries.json holds search queries
drawn from its words for npm run bench:search (common, rare, two-words, prefix, typo).

  --practices N     number of practices (required, a positive integer)
  --out DIR         where to write the tree; its collection folders are replaced
  --seed S          seed of the generator, a number or any text (default 1);
                    the same seed and N give a byte-identical tree (within a calendar year,
                    since lastReviewed follows the current year)
  --project-ext E   file format of projects: md (default, like content/) or mdx
  --taxonomies DIR  folder of the taxonomy files to copy (default content/taxonomies)
  --force           write into DIR even if it holds files that were not generated
  --stats           also print word statistics: distinct words, and the share of pages
                    the 10th, 100th, 1000th and 10000th most frequent words are in
  -h, --help        show this help

Then: CONTENT_DIR=DIR npm run check, or CONTENT_DIR=DIR npm run build.`;

/** Marker file telling that a folder was written by this script (so it may be overwritten). */
const MARKER = '.synthetic.json';
/** The search queries drawn from the tree's words, beside it. */
export const QUERIES_FILE = 'queries.json';

const ENTRY_FOLDERS = ['projects', 'practices', 'partners', 'documents', 'territories'] as const;

export interface WriteOptions {
  practices: number;
  out: string;
  seed?: number | string;
  /** Folder holding themes.yaml, target-groups.yaml, intervention-types.yaml, funds.yaml. */
  taxonomiesDir?: string;
  referenceYear?: number;
  projectExtension?: 'mdx' | 'md';
  force?: boolean;
}

export interface WriteResult {
  out: string;
  counts: SyntheticCounts;
  files: number;
  bytes: number;
  ms: number;
  words: WordStats;
  queries: number;
}

/** The file text of an entry: front matter and Markdown body, or a YAML document. */
export function serializeEntry(entry: SyntheticEntry): string {
  if (entry.extension === 'yaml') {
    const doc = new Document(entry.data);
    if (entry.comment) doc.commentBefore = entry.comment;
    return doc.toString({ lineWidth: 0 });
  }
  return `---\n${stringify(entry.data, { lineWidth: 0, version: '1.1' })}---\n\n${entry.body}`;
}

function taxonomyIds(dir: string): TaxonomyIds {
  const ids = (file: string) => {
    const terms = parse(readFileSync(join(dir, file.replace(/^taxonomies\//, '')), 'utf8')) as { id: string }[];
    return terms.map((term) => term.id);
  };
  return {
    themes: ids(COLLECTIONS.themes.file),
    targetGroups: ids(COLLECTIONS.targetGroups.file),
    interventionTypes: ids(COLLECTIONS.interventionTypes.file),
    funds: ids(COLLECTIONS.funds.file),
  };
}

/** Generates the tree and writes it under `options.out`. */
export function writeSyntheticTree(options: WriteOptions): WriteResult {
  const started = performance.now();
  const out = resolve(options.out);
  const taxonomiesDir = resolve(options.taxonomiesDir ?? 'content/taxonomies');
  if (out === resolve('content') || out === resolve(taxonomiesDir, '..')) {
    throw new Error(`refusing to write synthetic content into ${out}: that is the real content`);
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER)) && !options.force) {
    throw new Error(`${out} is not empty and was not written by this script; pick another --out or add --force`);
  }
  const tree = generateSynthetic({
    practices: options.practices,
    seed: options.seed ?? 1,
    taxonomies: taxonomyIds(taxonomiesDir),
    ...(options.referenceYear !== undefined ? { referenceYear: options.referenceYear } : {}),
    ...(options.projectExtension ? { projectExtension: options.projectExtension } : {}),
  });

  for (const folder of [...ENTRY_FOLDERS, 'taxonomies']) rmSync(join(out, folder), { recursive: true, force: true });
  for (const folder of [...ENTRY_FOLDERS, 'taxonomies']) mkdirSync(join(out, folder), { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const entry of tree.entries) {
    const text = serializeEntry(entry);
    writeFileSync(join(out, entry.collection, `${entry.id}.${entry.extension}`), text);
    files++;
    bytes += Buffer.byteLength(text);
  }
  for (const name of readdirSync(taxonomiesDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    copyFileSync(join(taxonomiesDir, name), join(out, 'taxonomies', name));
    files++;
  }
  const counts = countWords(tree.entries.values().map(pageText));
  const queries = searchQueries(counts, options.seed ?? 1);
  writeFileSync(join(out, QUERIES_FILE), `${JSON.stringify(queries, null, 2)}\n`);
  writeFileSync(join(out, MARKER), `${JSON.stringify({ generator: 'scripts/generate.ts', practices: options.practices, seed: options.seed ?? 1, projectExtension: options.projectExtension ?? 'md' }, null, 2)}\n`);
  return { out, counts: tree.counts, files, bytes, ms: Math.round(performance.now() - started), words: wordStats(counts), queries: queries.length };
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        practices: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        taxonomies: { type: 'string' },
        'project-ext': { type: 'string', default: 'md' },
        force: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const practices = Number(values.practices);
  if (!values.practices || !Number.isInteger(practices) || practices < 1 || !values.out) {
    console.error(`give --practices (a positive integer) and --out\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const projectExtension = values['project-ext'];
  if (projectExtension !== 'mdx' && projectExtension !== 'md') {
    console.error(`--project-ext is mdx or md\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const seed = values.seed === undefined ? 1 : /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  try {
    const result = writeSyntheticTree({ practices, out: values.out, seed, projectExtension, ...(values.taxonomies ? { taxonomiesDir: values.taxonomies } : {}), force: values.force });
    const c = result.counts;
    console.log(
      [
        `Synthetic content written to ${result.out} (seed ${String(seed)}):`,
        `  practices    ${c.practices}`,
        `  projects     ${c.projects}`,
        `  partners     ${c.partners}`,
        `  documents    ${c.documents}`,
        `  territories  ${c.territories} (1 country, ${c.regions} regions, ${c.provinces} provinces, ${c.municipalities} municipalities)`,
        `  ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, in ${result.ms} ms`,
        `  ${result.queries} search queries in ${join(result.out, QUERIES_FILE)}`,
      ].join('\n'),
    );
    if (values.stats) {
      const w = result.words;
      console.log(`Words (pages = entries, each entry's text as its page shows it):`);
      console.log(`  ${w.pages} pages, ${w.distinctWords} distinct words, ${w.singlePageWords} of them in a single page`);
      for (const r of w.ranks) console.log(`  rank ${String(r.rank).padStart(5)}  ${r.word.padEnd(20)} in ${String(r.pages).padStart(6)} pages (${(r.share * 100).toFixed(1)} %)`);
    }
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.main) main();
