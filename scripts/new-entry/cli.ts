/**
 * `npm run new` (scripts/new-entry.ts runs it): creates a practice, project, partner, territory or document file that passes
 * `npm run check`. Interactive in a terminal (type-ahead over existing ids); with flags and
 * `--yes` it runs without questions. Nothing is written until every value is valid, and a file
 * the check still rejects is removed again.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import * as prompt from '@clack/prompts';
import { checkContent } from '../../src/lib/content/check.ts';
import { collectionJsonSchema } from '../../src/lib/content/json-schema.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import {
  checkValue,
  checkValues,
  entryPath,
  FIELDS,
  frontMatter,
  idProblem,
  missingFlags,
  renderEntry,
  slugify,
  titleFlag,
  TYPE_ALIASES,
  TYPE_COLLECTION,
  rankChoices,
  type Choice,
  type Choices,
  type EntryType,
  type FieldSpec,
  type Values,
} from '../../src/lib/scaffold.ts';
import { didYouMean } from '../../src/lib/suggest.ts';
import { pathTo, type Section } from '../../src/i18n/index.ts';
import { PREVIEW_ORIGIN } from '../../src/lib/site-url.ts';
import { contentRoot } from '../../src/schemas/index.ts';

/** Flags of every type; a flag takes several values when any type lists several under it (--territory). */
const REPEATABLE = new Set<string>();
const FLAGS = new Set<string>();
for (const fields of Object.values(FIELDS)) {
  for (const field of fields) {
    FLAGS.add(field.flag);
    if (field.kind === 'refs') REPEATABLE.add(field.flag);
  }
}

const EVIDENCE_HINTS: Record<string, string> = {
  declared: 'only plans or what the promoters say',
  monitored: 'activity data were collected (people reached, services given)',
  evaluated: 'an evaluation of outcomes exists',
  'independently-evaluated': 'evaluated by a third party',
};

const HELP = `Creates a new entry in content/ that passes \`npm run check\`.

Usage:
  npm run new                          ask for everything, with type-ahead over existing ids
  npm run new -- <type> [flags]        ask only for what the flags leave out
  npm run new -- <type> [flags] --yes  no questions: every required flag must be given

Types: pratica|practice, progetto|project, partner, territorio|territory, documento|document

${(Object.keys(FIELDS) as EntryType[])
  .map(
    (type) =>
      `${type} (content/${entryPath(type, '<id>')}):\n${FIELDS[type]
        .map((field) => `  --${field.flag.padEnd(17)}${field.required ? '(required) ' : ''}${field.question}${field.kind === 'refs' ? '; repeat the flag for several' : ''}${field.values ? `: ${field.values.join(', ')}` : ''}`)
        .join('\n')}`,
  )
  .join('\n\n')}

Every type:
  --id ID            the file name, lowercase words joined by hyphens (default: from the title or name)
  --yes, -y          do not ask anything; fail listing every missing or invalid flag
  --help, -h         this help

Ids of territories, projects, partners and taxonomy terms are the file names in content/ and the
ids in content/taxonomies/*.yaml. Example:
  npm run new -- pratica --title "Sportello casa" --summary "…" --project fra-noi-2 \\
    --territory palermo --theme casa --target titolari-protezione-internazionale \\
    --intervention percorsi-individuali --evidence declared \\
    --evidence-note "La scheda descrive solo attività previste." --source "Scheda del progetto" --yes
`;

/** Where the command talks: the terminal, or streams a test drives. */
export interface Io {
  input: Readable;
  output: Writable;
  /** Ask questions for what the flags leave out (false: fail listing what is missing). */
  interactive: boolean;
}

let io: Io;

const write = (stream: Writable, text: string) => stream.write(`${text}\n`);

/** Stops the command with an exit code; `newEntry` prints the message and returns the code. */
class Stop extends Error {
  readonly code: number;
  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

function fail(message: string, code = 2): never {
  throw new Stop(message, code);
}

function parse(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    id: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const flag of FLAGS) options[flag] = { type: 'string', multiple: REPEATABLE.has(flag) };
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const unknown = /'(-{1,2}[^']+)'/.exec(text)?.[1]?.replace(/^-+/, '');
    const hint = unknown ? didYouMean(unknown, Object.keys(options)) : undefined;
    fail(`${text.split('\n')[0]}${hint ? ` (${hint.replace(/`(\w[\w-]*)`/g, '`--$1`')})` : ''}\nSee \`npm run new -- --help\`.`);
  }
}

/** Existing entries of every collection, as id and label, for type-ahead and for checking ids. */
function loadChoices(root: string): Choices {
  const choices: Choices = {};
  for (const entry of readContent(root).entries) {
    const data = entry.data as { title?: string; name?: string; label?: { it?: string } };
    const label = data.title ?? data.name ?? data.label?.it ?? entry.id;
    (choices[entry.collection] ??= []).push({ id: entry.id, label: String(label) });
  }
  return choices;
}

const streams = () => ({ input: io.input, output: io.output });

function cancelled<T>(value: T): Exclude<T, symbol> {
  if (prompt.isCancel(value)) fail('Nothing was written.', 130);
  return value as Exclude<T, symbol>;
}

async function ask(field: FieldSpec, choices: Choices): Promise<string | string[]> {
  const validate = (value: string | undefined) => checkValue(field, value ?? '', choices);
  switch (field.kind) {
    case 'ref':
    case 'refs': {
      const known = choices[field.collection!] ?? [];
      const toOption = (choice: Choice) => ({ value: choice.id, label: choice.label, hint: choice.id });
      // Recomputed as the editor types, best match first (rankChoices). The prompt keeps focus on
      // the item it focused before; a new query moves it back to the top, i.e. to the best match.
      let lastQuery = '';
      const options = function (this: { userInput: string; focusedValue: unknown }) {
        if (this.userInput !== lastQuery) {
          lastQuery = this.userInput;
          this.focusedValue = undefined;
        }
        return rankChoices(known, this.userInput).map(toOption);
      };
      const shared = { message: field.question, options, filter: () => true, ...streams() };
      if (field.kind === 'ref') return cancelled(await prompt.autocomplete({ ...shared, placeholder: 'type to search' }));
      return cancelled(await prompt.autocompleteMultiselect({ ...shared, required: field.required, placeholder: 'type to search, tab to select' }));
    }
    case 'enum':
      return cancelled(
        await prompt.select({
          message: field.question,
          options: field.values!.map((value) => ({ value, label: value, ...(field.flag === 'evidence' ? { hint: EVIDENCE_HINTS[value] } : {}) })),
          ...streams(),
        }),
      );
    default:
      return cancelled(await prompt.text({ message: field.question, validate, ...streams() }));
  }
}

async function interactive(type: EntryType | undefined, given: Values, choices: Choices): Promise<{ type: EntryType; values: Values; id: string }> {
  prompt.intro("Atlante dell'inclusione: new entry", streams());
  const chosen =
    type ??
    cancelled(
      await prompt.select<EntryType>({
        message: 'What do you want to add?',
        options: [
          { value: 'practice', label: 'pratica (practice)' },
          { value: 'project', label: 'progetto (project)' },
          { value: 'partner', label: 'partner (organisation)' },
          { value: 'territory', label: 'territorio (territory)' },
          { value: 'document', label: 'documento (document)' },
        ],
        ...streams(),
      }),
    );
  const values: Values = { ...given };
  const fields = FIELDS[chosen];
  const optional = fields.filter((field) => !field.required && values[field.flag] === undefined);
  const extra = optional.length
    ? cancelled(
        await prompt.multiselect({
          message: 'Optional fields to fill in now (space to select, enter to go on)',
          options: optional.map((field) => ({ value: field.flag, label: field.question })),
          required: false,
          ...streams(),
        }),
      )
    : [];
  for (const field of fields) {
    if (values[field.flag] !== undefined) continue;
    if (!field.required && !extra.includes(field.flag)) continue;
    values[field.flag] = await ask(field, choices);
  }
  const suggested = slugify(String(values[titleFlag(chosen)] ?? ''));
  const id = cancelled(
    await prompt.text({
      message: 'Id (the file name; used in the page address)',
      initialValue: typeof given.id === 'string' ? given.id : suggested,
      validate: (value) => idProblem(chosen, value ?? '', choices),
      ...streams(),
    }),
  );
  return { type: chosen, values, id };
}

/** Every entry type has its own section of the site, named like its collection. */
const pageUrl = (type: EntryType, id: string) => `${PREVIEW_ORIGIN}${pathTo('it', TYPE_COLLECTION[type] as Section, id)}`;

/** Runs `npm run new` with these arguments; returns the exit code. */
export async function newEntry(argv: string[], streamsAndMode: Io): Promise<number> {
  io = streamsAndMode;
  try {
    await create(argv);
    return 0;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    write(error.code === 130 ? io.output : process.stderr, error.message);
    return error.code;
  }
}

async function create(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parse(argv);
  if (flags.help) {
    write(io.output, HELP);
    return;
  }
  const [typeName, ...extraPositionals] = positionals;
  if (extraPositionals.length) fail(`Unexpected ${extraPositionals.map((p) => `"${p}"`).join(', ')}: put text with spaces in quotes, e.g. --title "Sportello casa".`);
  let type: EntryType | undefined;
  if (typeName) {
    type = TYPE_ALIASES[typeName.toLowerCase()];
    if (!type) fail(`"${typeName}" is not a type of entry: ${didYouMean(typeName, Object.keys(TYPE_ALIASES)) ?? `use one of ${Object.keys(TYPE_ALIASES).join(', ')}`}`);
  }
  const root = contentRoot();
  const choices = loadChoices(root);
  const given: Values = {};
  for (const [key, value] of Object.entries(flags)) if (typeof value === 'string' || Array.isArray(value)) given[key] = value as string | string[];

  const unattended = Boolean(flags.yes) || !io.interactive;
  let result: { type: EntryType; values: Values; id: string };
  if (unattended) {
    if (!type) fail(`Say what to create: npm run new -- <type> …, with <type> one of pratica, progetto, partner, territorio, documento. See \`npm run new -- --help\`.`);
    const foreign = Object.keys(given).filter((flag) => flag !== 'id' && !FIELDS[type!].some((field) => field.flag === flag));
    if (foreign.length) fail(`Not a field of a ${type}: ${foreign.map((f) => `--${f}`).join(', ')}. See \`npm run new -- --help\`.`);
    const repeated = FIELDS[type].filter((field) => field.kind !== 'refs' && Array.isArray(given[field.flag]) && given[field.flag]!.length > 1);
    if (repeated.length) fail(`A ${type} takes one value for ${repeated.map((field) => `--${field.flag}`).join(', ')}.`);
    for (const field of FIELDS[type]) if (field.kind !== 'refs' && Array.isArray(given[field.flag])) given[field.flag] = given[field.flag]![0]!;
    const missing = missingFlags(type, given);
    if (missing.length) fail(`Missing required flag${missing.length > 1 ? 's' : ''} for a ${type}: ${missing.join(', ')}\nSee \`npm run new -- --help\` for what each one takes.`);
    const id = typeof given.id === 'string' ? given.id : slugify(String(given[titleFlag(type)]));
    result = { type, values: given, id };
  } else {
    result = await interactive(type, given, choices);
  }

  const problems = checkValues(result.type, result.values, choices);
  const idIssue = idProblem(result.type, result.id, choices);
  if (idIssue) problems.push(`--id  ${idIssue}`);
  if (problems.length) fail(`Nothing was written:\n${problems.map((line) => `  ${line}`).join('\n')}`);

  const relativePath = entryPath(result.type, result.id);
  const path = join(root, relativePath);
  if (existsSync(path)) fail(`Nothing was written: ${relative(process.cwd(), path)} already exists.`);
  const today = new Date().toISOString().slice(0, 10);
  const text = renderEntry(result.type, frontMatter(result.type, result.values, today), collectionJsonSchema(TYPE_COLLECTION[result.type]));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);

  const shown = relative(process.cwd(), path);
  const ownProblems = checkContent(root).problems.filter((problem) => problem.file === shown);
  const errors = ownProblems.filter((problem) => problem.severity === 'error');
  if (errors.length) {
    rmSync(path);
    fail(`The new file did not pass the check, so it was removed:\n${ownProblems.map(formatProblem).join('\n')}`, 1);
  }
  for (const problem of ownProblems) write(io.output, formatProblem(problem));
  const next = [
    `Wrote ${shown}; it passes \`npm run check\`.`,
    `Next: open it to write the text and any optional field, then preview with \`npm start\` at ${pageUrl(result.type, result.id)}`,
  ];
  if (unattended) write(io.output, next.join('\n'));
  else prompt.outro(next.join('\n'), streams());
}
