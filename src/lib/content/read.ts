/**
 * Reads the content tree from disk the way Astro's loaders do (one file per entry, id = file
 * name; taxonomies as one YAML list per file), but keeps the YAML source positions so that
 * every problem can name its line. Used by `npm run check`, the build's guard and the tests.
 *
 * Whatever is on disk, reading ends in entries or in problems, never in an exception: files
 * that are too big, not UTF-8, empty, or whose front matter is not plain YAML are reported
 * here, before any parser sees them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { fieldPath, type Problem } from '../problems.ts';

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

/** Files bigger than this are reported, not parsed: no entry needs a megabyte of fields or prose. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Text is decoded strictly: a byte that is not UTF-8 is an error, never a silent "\uFFFD".
 * A byte-order mark (BOM) is accepted and dropped, as the decoder does by default: Astro 7
 * reads such files as if it were not there (its front matter pattern and js-yaml both skip it;
 * a fixture build with a BOM in a .md, an .mdx, a territory and a taxonomy rendered the same
 * pages). Dropping it keeps columns on the first line counted from the first visible character.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Blank lines may come before the opening `---`, as Astro allows; the closing `---` is a line of its own. */
const FRONT_MATTER = /^((?:[ \t]*\r?\n)*)---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
/** The first line that is not blank, with the blank lines before it. */
const FIRST_LINE = /^((?:[ \t]*\r?\n)*)([^\r\n]*)/;
/** `---js`, `--- coffee`: gray-matter's way of asking for front matter in another language. */
const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w.+-]*)$/;
const CODE_LANGUAGES: Record<string, string> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  coffee: 'CoffeeScript',
  coffeescript: 'CoffeeScript',
  cson: 'CoffeeScript',
};

/** YAML's plain types; any other tag (`!!js/function`, `!!python/object`, `!custom`) asks a reader to build something. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((type) => `tag:yaml.org,2002:${type}`));

type Format = RawEntry['format'];

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

/** A problem with the file as a whole (or a place in it that belongs to no field). */
function fileProblem(file: string, detail: Pick<Problem, 'message' | 'fix' | 'line' | 'column'>): Problem {
  return { severity: 'error', file, field: '', ...detail };
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence (by the decoder's rules), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

function invalidUtf8(file: string, bytes: Uint8Array): Problem {
  const at = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return fileProblem(file, {
    line,
    column: UTF8.decode(bytes.subarray(lineStart, at)).length + 1,
    message: `the file is not valid UTF-8: the byte 0x${byte} here cannot be read as text`,
    fix: 'save the file as UTF-8: reopen it in the encoding it was written in (often Windows-1252) and save it again choosing UTF-8',
  });
}

/** The text of a file, or the problem that keeps it from being read: too big, not UTF-8, or empty. */
function readText(path: string, file: string, emptyFix: string): string | Problem {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const kb = (count: number) => Math.ceil(count / 1024).toLocaleString('en');
      return fileProblem(file, {
        message: `the file is ${kb(size)} KB, over the ${kb(MAX_FILE_BYTES)} KB (1 MB) a content file may take, so it was not read`,
        fix: 'shorten it: keep the entry to its fields and a readable text, and link long documents (a PDF under content/documents/files/ or a `url`)',
      });
    }
    bytes = readFileSync(path);
  } catch (error) {
    return fileProblem(file, {
      message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
      fix: 'check that it is a regular file you are allowed to read',
    });
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return invalidUtf8(file, bytes);
  }
  if (!text.trim()) return fileProblem(file, { line: 1, column: 1, message: 'the file is empty', fix: emptyFix });
  return text;
}

/** Offset of the first alias (`*name`) whose anchor is not set before it. */
function unresolvedAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** What the reader calls the YAML of a file in a message. */
const yamlPlace = (format: Format) => (format === 'yaml' ? 'the file' : 'front matter');

/** The first node carrying a tag beyond YAML's plain types, with its field path. */
function unsafeTag(node: unknown, path: PropertyKey[] = []): { tag: string; path: PropertyKey[]; offset: number } | undefined {
  if (!isNode(node)) return undefined;
  if (node.tag && !PLAIN_TAGS.has(node.tag)) return { tag: node.tag.replace('tag:yaml.org,2002:', '!!'), path, offset: node.range?.[0] ?? 0 };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const found = unsafeTag(pair.key, path) ?? unsafeTag(pair.value, [...path, key]);
      if (found) return found;
    }
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = unsafeTag(item, [...path, index]);
      if (found) return found;
    }
  }
  return undefined;
}

function tagProblem(yamlText: string, found: NonNullable<ReturnType<typeof unsafeTag>>, counter: LineCounter, file: string, lineOffset: number, format: Format, field: string): Problem {
  // The node starts at its value; the tag stands just before it.
  const tagAt = yamlText.slice(0, found.offset).search(/!\S*\s*$/);
  const { line, col } = counter.linePos(tagAt >= 0 ? tagAt : found.offset);
  return {
    severity: 'error',
    file,
    line: line + lineOffset,
    column: col,
    field,
    message: `${yamlPlace(format)} must be plain YAML: tags such as \`${found.tag}\` are not allowed, as they can make a YAML reader run code`,
    fix: `remove \`${found.tag}\` and write the value as plain text (in quotes if it contains a colon)`,
  };
}

/** Why js-yaml refused a text: the positioned parser's errors, a tag it does not allow, or js-yaml's own reason. */
function unreadableYaml(yamlText: string, error: unknown, file: string, lineOffset: number, format: Format): Problem[] {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) return yamlProblems(doc, counter, file, lineOffset);
  const tagged = unsafeTag(doc.contents);
  if (tagged) return [tagProblem(yamlText, tagged, counter, file, lineOffset, format, fieldPath(tagged.path))];
  const mark = error instanceof YAMLException ? error.mark : undefined;
  return [
    fileProblem(file, {
      ...(mark ? { line: mark.line + 1 + lineOffset, column: mark.column + 1 } : {}),
      message: `the YAML cannot be read: ${error instanceof YAMLException ? error.reason : String(error)}`,
      fix: 'check indentation and quotes around values that contain a colon',
    }),
  ];
}

/** Splits a Markdown or MDX file into its YAML front matter and its body, or says why it cannot. */
function splitFrontMatter(text: string, file: string): { yamlText: string; body: string; lineOffset: number; bodyLine: number } | Problem {
  const [, blank = '', first = ''] = FIRST_LINE.exec(text) ?? [];
  const at = { line: blank.split('\n').length, column: 1 };
  const fence = first.trimEnd();
  if (fence === '+++') {
    return fileProblem(file, { ...at, message: 'front matter must be plain YAML: `+++` starts TOML front matter', fix: 'replace both "+++" lines with "---" and write each field as YAML, `key: value`' });
  }
  const language = LANGUAGE_FENCE.exec(fence)?.[1];
  if (language) {
    const code = CODE_LANGUAGES[language.toLowerCase()];
    return fileProblem(file, {
      ...at,
      message: `front matter must be plain YAML: ${code ? `\`${fence}\` makes it ${code}, code that would be run to read it` : `the opening line \`${fence}\` must be just "---"`}`,
      fix: 'make the opening line just "---" and write each field as YAML, `key: value`',
    });
  }
  if (fence !== '---') {
    return fileProblem(file, { line: 1, column: 1, message: 'the file has no front matter', fix: 'start the file with a line "---", the fields, and another "---"' });
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return fileProblem(file, { ...at, message: 'the front matter is not closed: no line "---" after the fields', fix: 'add a line "---" after the last field, before the text' });
  }
  const lineOffset = at.line;
  return { yamlText: match[2] ?? '', body: text.slice(match[0].length), lineOffset, bodyLine: match[0].split('\n').length };
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
      if (!existsSync(path)) {
        problems.push(fileProblem(file, { message: `the ${name} taxonomy file is missing`, fix: `create ${spec.file} with a list of terms` }));
        continue;
      }
      const text = readText(path, file, 'list the terms, each starting with "- id: …", or restore the file from the repository');
      if (typeof text !== 'string') {
        problems.push(text);
        continue;
      }
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
      if (doc.errors.length) {
        problems.push(...yamlProblems(doc, counter, file, 0));
        continue;
      }
      // A tag is reported, but the terms are still read: the value under it stays plain text, and
      // every entry using the taxonomy is not reported again for a term that seems missing.
      const tagged = unsafeTag(doc.contents);
      if (tagged) problems.push(tagProblem(text, tagged, counter, file, 0, 'yaml', fieldPath(tagged.path.slice(1))));
      if (!isSeq(doc.contents)) {
        problems.push(fileProblem(file, { line: 1, column: 1, message: 'a taxonomy file must be a YAML list of terms', fix: 'start each term with "- id: …"' }));
        continue;
      }
      let terms: unknown[];
      try {
        // Resolves aliases (`*name`) as js-yaml does for entries, with yaml's guard against alias bombs.
        terms = doc.toJS() as unknown[];
      } catch (error) {
        const alias = unresolvedAlias(doc);
        const at = alias === undefined ? undefined : counter.linePos(alias);
        problems.push(
          fileProblem(file, {
            ...(at ? { line: at.line, column: at.col } : {}),
            message: `the YAML cannot be read: ${(error as Error).message}`,
            fix: 'set the anchor (`&name`) before using it as `*name`, or write the value out',
          }),
        );
        continue;
      }
      const locate = locator(doc, counter, 0);
      terms.forEach((data, index) => {
        const termId = (data as { id?: unknown } | null)?.id;
        const id = typeof termId === 'string' ? termId : `#${index + 1}`;
        entries.push({ collection: name, id, file, data: data ?? null, body: '', format: 'yaml', bodyLine: 1, locate: (path, at) => locate([index, ...path], at) });
      });
      continue;
    }
    const folder = join(contentDir, spec.folder);
    const pattern = EXTENSIONS[spec.pattern]!;
    for (const path of listFiles(folder).filter((p) => pattern.test(p)).sort()) {
      const file = relative(displayRoot, path);
      const id = basename(path, extname(path));
      const format: Format = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.md') ? 'md' : 'yaml';
      const text = readText(
        path,
        file,
        format === 'yaml' ? 'write the fields of the entry (`npm run new` makes a file to fill in), or delete the file' : 'write the front matter: a line "---", the fields, and another "---" (`npm run new` makes a file to fill in), or delete the file',
      );
      if (typeof text !== 'string') {
        problems.push(text);
        continue;
      }
      let yamlText = text;
      let body = '';
      let lineOffset = 0;
      let bodyLine = 1;
      if (format !== 'yaml') {
        const split = splitFrontMatter(text, file);
        if ('severity' in split) {
          problems.push(split);
          continue;
        }
        ({ yamlText, body, lineOffset, bodyLine } = split);
      }
      let data: unknown;
      try {
        // js-yaml is what Astro parses front matter with, and several times faster than a parse
        // that keeps positions. The core schema keeps dates as text so our date type validates them,
        // and refuses every tag but YAML's plain types.
        data = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: file });
      } catch (error) {
        problems.push(...unreadableYaml(yamlText, error, file, lineOffset, format));
        continue;
      }
      entries.push({ collection: name, id, file, data: data ?? {}, body, format, bodyLine, locate: lazyLocator(yamlText, lineOffset) });
    }
  }
  return { entries, problems };
}
