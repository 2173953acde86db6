/**
 * Reads the content tree from disk the way Astro's loaders do (one file per entry, id = file
 * name; taxonomies as one YAML list per file), but keeps the YAML source positions so that
 * every problem can name its line. Used by `npm run check`, the build's guard and the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors, relative to the working directory. */
  file: string;
  data: unknown;
  /** Markdown or MDX body after the front matter ('' for YAML entries and taxonomy terms). */
  body: string;
  /** How the body is written: 'md' and 'mdx' bodies are checked for unsafe markup; 'yaml' has none. */
  format: 'md' | 'mdx' | 'yaml';
  /** 1-based line of the file where the body starts, so body problems point at the right line. */
  bodyLine: number;
  /** 1-based line and column of the value (or the key) at a field path; falls back to the closest parent. */
  locate: (path: readonly PropertyKey[], at?: 'value' | 'key') => { line: number; column: number } | undefined;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

type Ranged = { range?: [number, number, number] | null };

/** The key node of a field (`title:`), so positions point where the field starts. */
function keyNode(doc: Document, path: readonly PropertyKey[]): Ranged | undefined {
  const last = path.at(-1);
  if (typeof last !== 'string') return undefined;
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  return pair?.key as Ranged | undefined;
}

function locator(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[], at: 'value' | 'key' = 'value') => {
    const key = at === 'key' ? keyNode(doc, path) : undefined;
    if (key?.range) {
      const { line, col } = counter.linePos(key.range[0]);
      return { line: line + lineOffset, column: col };
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const range = node?.range ?? (depth === 0 ? (doc.contents as { range?: [number, number, number] } | null)?.range : undefined);
      if (range) {
        // A missing field is reported at its parent's key; point at the parent's first line.
        const { line, col } = counter.linePos(range[0]);
        return { line: line + lineOffset, column: col };
      }
    }
    return undefined;
  };
}

/** Positions are only needed to report a problem: the positioned parse happens on first use. */
function lazyLocator(yamlText: string, lineOffset: number): RawEntry['locate'] {
  let locate: RawEntry['locate'] | undefined;
  return (path, at) => {
    if (!locate) {
      const counter = new LineCounter();
      locate = locator(parseDocument(yamlText, { lineCounter: counter }), counter, lineOffset);
    }
    return locate(path, at);
  };
}

function yamlProblems(doc: Document, counter: LineCounter, file: string, lineOffset: number): Problem[] {
  return doc.errors.map((error) => {
    const { line, col } = counter.linePos(error.pos[0]);
    return {
      severity: 'error' as const,
      file,
      line: line + lineOffset,
      column: col,
      field: '',
      message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
      fix: 'check indentation and quotes around values that contain a colon',
    };
  });
}

const EXTENSIONS: Record<string, RegExp> = {
  '**/*.{md,mdx}': /\.mdx?$/,
  '**/*.{yaml,yml}': /\.ya?ml$/,
};

/** Reads every collection under `contentDir`; `displayRoot` is what file paths are shown relative to. */
export function readContent(contentDir: string, displayRoot = process.cwd()): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (spec.kind === 'taxonomy') {
      const path = join(contentDir, spec.file);
      const file = relative(displayRoot, path);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        problems.push({ severity: 'error', file, field: '', message: `the ${name} taxonomy file is missing`, fix: `create ${spec.file} with a list of terms` });
        continue;
      }
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
      if (doc.errors.length) {
        problems.push(...yamlProblems(doc, counter, file, 0));
        continue;
      }
      if (!isSeq(doc.contents)) {
        problems.push({ severity: 'error', file, line: 1, column: 1, field: '', message: 'a taxonomy file must be a YAML list of terms', fix: 'start each term with "- id: …"' });
        continue;
      }
      const locate = locator(doc, counter, 0);
      doc.contents.items.forEach((item, index) => {
        const data = (item as { toJSON?: () => unknown }).toJSON?.() ?? null;
        const id = isMap(item) && typeof item.get('id') === 'string' ? String(item.get('id')) : `#${index + 1}`;
        entries.push({ collection: name, id, file, data, body: '', format: 'yaml', bodyLine: 1, locate: (path, at) => locate([index, ...path], at) });
      });
      continue;
    }
    const folder = join(contentDir, spec.folder);
    const pattern = EXTENSIONS[spec.pattern]!;
    for (const path of listFiles(folder).filter((p) => pattern.test(p)).sort()) {
      const file = relative(displayRoot, path);
      const id = basename(path, extname(path));
      const text = readFileSync(path, 'utf8');
      let yamlText = text;
      let body = '';
      let lineOffset = 0;
      let bodyLine = 1;
      const format = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.md') ? 'md' : 'yaml';
      if (format !== 'yaml') {
        const match = FRONTMATTER.exec(text);
        if (!match) {
          problems.push({ severity: 'error', file, line: 1, column: 1, field: '', message: 'the file has no front matter', fix: 'start the file with a line "---", the fields, and another "---"' });
          continue;
        }
        yamlText = match[1] ?? '';
        body = text.slice(match[0].length);
        lineOffset = 1;
        bodyLine = match[0].split('\n').length;
      }
      let data: unknown;
      try {
        // js-yaml is what Astro parses front matter with, and several times faster than a parse
        // that keeps positions. The core schema keeps dates as text so our date type validates them.
        data = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: file });
      } catch {
        const counter = new LineCounter();
        const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
        problems.push(...yamlProblems(doc, counter, file, lineOffset));
        continue;
      }
      entries.push({ collection: name, id, file, data: data ?? {}, body, format, bodyLine, locate: lazyLocator(yamlText, lineOffset) });
    }
  }
  return { entries, problems };
}
