/**
 * The files a contributor meets before any code: the guides (CONTRIBUTING.md and its English
 * twin), the issue forms, the pull-request template and the workflows that check and publish.
 * Each test asserts what a person relies on: that a form asks for what it says and marks what is
 * required, that the checks of a pull request run the commands the guide names, that every link in
 * the guides leads somewhere, and that the example practice the guide tells people to copy passes
 * the real content check.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GITHUB = join(ROOT, '.github');

/** Links the guides may carry before their target is written; the report lists any still missing. */

type Yaml = Record<string, unknown>;

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Parses one YAML file, failing the test with the parser's own message when it does not parse. */
function readYaml(path: string): Yaml {
  const document = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  const problems = [...document.errors, ...document.warnings].map((error) => error.message);
  expect(problems, relative(ROOT, path)).toEqual([]);
  return document.toJS() as Yaml;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const isObject = (value: unknown): value is Yaml => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyText = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

describe('.github YAML files', () => {
  const files = filesUnder(GITHUB, /\.ya?ml$/);

  it('exist and all parse, without duplicate keys', () => {
    expect(files.map((file) => relative(ROOT, file)).sort()).toEqual(
      expect.arrayContaining([
        '.github/ISSUE_TEMPLATE/config.yml',
        '.github/ISSUE_TEMPLATE/proponi-pratica.yml',
        '.github/ISSUE_TEMPLATE/segnala-errore.yml',
        '.github/workflows/deploy.yml',
        '.github/workflows/pull-request.yml',
      ]),
    );
    for (const file of files) expect(isObject(readYaml(file)), relative(ROOT, file)).toBe(true);
  });
});

describe('issue forms', () => {
  const TEMPLATES = join(GITHUB, 'ISSUE_TEMPLATE');
  const forms = filesUnder(TEMPLATES, /\.ya?ml$/).filter((file) => !/config\.ya?ml$/.test(file));

  /** The fields a proposal or a report cannot do without. */
  const REQUIRED: Record<string, string[]> = {
    'proponi-pratica.yml': ['nome', 'progetto', 'territorio', 'cosa', 'destinatari', 'evidenza', 'fonti'],
    'segnala-errore.yml': ['pagina', 'tipo', 'errore', 'correzione', 'fonte'],
  };

  const TOP_LEVEL_KEYS = ['name', 'description', 'body', 'assignees', 'labels', 'title', 'projects', 'type'];
  /** The attributes GitHub accepts for each kind of element; anything else fails the form. */
  const ATTRIBUTES: Record<string, string[]> = {
    markdown: ['value'],
    input: ['label', 'description', 'placeholder', 'value'],
    textarea: ['label', 'description', 'placeholder', 'value', 'render'],
    dropdown: ['label', 'description', 'multiple', 'options', 'default'],
    checkboxes: ['label', 'description', 'options'],
  };
  const ELEMENT_TYPES = Object.keys(ATTRIBUTES);

  it.each(forms.map((file) => [relative(TEMPLATES, file), file]))('%s follows GitHub’s form schema', (_name, file) => {
    const form = readYaml(file);
    expect(Object.keys(form).filter((key) => !TOP_LEVEL_KEYS.includes(key))).toEqual([]);
    expect(nonEmptyText(form.name)).toBe(true);
    expect(nonEmptyText(form.description)).toBe(true);
    expect(Array.isArray(form.body) && form.body.length > 0).toBe(true);

    const body = form.body as Yaml[];
    const ids = new Set<string>();
    const labels = new Set<string>();
    for (const [index, element] of body.entries()) {
      const where = `body[${index}]`;
      expect(ELEMENT_TYPES, where).toContain(element.type);
      expect(Object.keys(element).filter((key) => !['type', 'id', 'attributes', 'validations'].includes(key)), where).toEqual([]);
      expect(isObject(element.attributes), where).toBe(true);
      const attributes = element.attributes as Yaml;
      expect(Object.keys(attributes).filter((key) => !ATTRIBUTES[element.type as string]!.includes(key)), where).toEqual([]);
      if (element.type === 'markdown') {
        // GitHub refuses an id or validations on markdown elements.
        expect(element.id, where).toBeUndefined();
        expect(element.validations, where).toBeUndefined();
        expect(nonEmptyText(attributes.value), where).toBe(true);
        continue;
      }
      expect(typeof element.id === 'string' && /^[A-Za-z0-9_-]+$/.test(element.id), `${where} has an id`).toBe(true);
      expect(ids.has(element.id as string), `${where} id is unique`).toBe(false);
      ids.add(element.id as string);
      expect(nonEmptyText(attributes.label), `${where} has a label`).toBe(true);
      expect(labels.has(attributes.label as string), `${where} label is unique`).toBe(false);
      labels.add(attributes.label as string);
      if (element.validations !== undefined) {
        expect(Object.keys(element.validations as Yaml), where).toEqual(['required']);
        expect(typeof (element.validations as Yaml).required, where).toBe('boolean');
      }
      if (element.type === 'dropdown') {
        const options = attributes.options as unknown[];
        expect(Array.isArray(options) && options.length > 0, `${where} has options`).toBe(true);
        expect(options.every(nonEmptyText), where).toBe(true);
        expect(new Set(options).size, `${where} options are distinct`).toBe(options.length);
      }
      if (element.type === 'checkboxes') {
        const options = attributes.options as Yaml[];
        expect(Array.isArray(options) && options.length > 0, `${where} has options`).toBe(true);
        for (const option of options) {
          expect(Object.keys(option).filter((key) => key !== 'label' && key !== 'required'), where).toEqual([]);
          expect(nonEmptyText(option.label), where).toBe(true);
          expect(['undefined', 'boolean'], where).toContain(typeof option.required);
        }
      }
    }
    expect(ids.size, 'at least one field besides text').toBeGreaterThan(0);
  });

  it.each(Object.entries(REQUIRED))('%s marks its essential fields as required', (name, required) => {
    const form = readYaml(join(TEMPLATES, name));
    const byId = new Map((form.body as Yaml[]).filter((element) => element.id).map((element) => [element.id as string, element]));
    for (const id of required) {
      expect(byId.has(id), `field ${id}`).toBe(true);
      expect((byId.get(id)!.validations as Yaml | undefined)?.required, `field ${id} is required`).toBe(true);
    }
    // The confirmations (sources, public page, no personal data) cannot be skipped.
    const confirmations = byId.get('conferme');
    expect(confirmations?.type).toBe('checkboxes');
    expect(((confirmations!.attributes as Yaml).options as Yaml[]).some((option) => option.required === true)).toBe(true);
  });

  it('proposing a practice asks for results with their source, the sources, and consent to be contacted', () => {
    const form = readYaml(join(TEMPLATES, 'proponi-pratica.yml'));
    const body = form.body as Yaml[];
    const ids = body.map((element) => element.id);
    expect(ids).toEqual(expect.arrayContaining(['nome', 'progetto', 'territorio', 'cosa', 'destinatari', 'risultati', 'fonti', 'contatto', 'conferme']));
    const results = body.find((element) => element.id === 'risultati')!.attributes as Yaml;
    expect(String(results.description)).toMatch(/attesi/);
    expect(String(results.description)).toMatch(/raggiunti/);
    const options = (body.find((element) => element.id === 'conferme')!.attributes as Yaml).options as Yaml[];
    expect(options.some((option) => /contattarmi/.test(String(option.label)))).toBe(true);
  });

  it('the chooser keeps blank issues for what fits neither form', () => {
    expect(readYaml(join(TEMPLATES, 'config.yml')).blank_issues_enabled).toBe(true);
  });
});

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Yaml;
  env?: Yaml;
}

interface Job {
  steps?: Step[];
  permissions?: Yaml;
  environment?: { name?: string };
}

/** A workflow with its trigger, its jobs, every step in order and every shell line they run. */
function workflow(name: string) {
  const data = readYaml(join(GITHUB, 'workflows', name));
  const jobs = data.jobs as Record<string, Job>;
  const steps = Object.values(jobs).flatMap((job) => job.steps ?? []);
  const commands = steps.flatMap((step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean));
  const uses = (action: string) => steps.filter((step) => step.uses?.startsWith(`${action}@`));
  return { data, on: data.on as Yaml, jobs, steps, commands, uses };
}

/** Index of the first shell line that runs `command` (and not a longer command it prefixes). */
function commandIndex(commands: string[], command: string): number {
  return commands.findIndex((line) => line === command || line.startsWith(`${command} `));
}

describe('workflows', () => {

  it('pull requests: install, content check, types, tests with a browser, build; superseded runs cancelled, read-only token', () => {
    const { data, on, commands, uses, steps } = workflow('pull-request.yml');
    expect(on).toHaveProperty('pull_request');
    expect(data.permissions).toEqual({ contents: 'read' });
    expect((data.concurrency as Yaml)['cancel-in-progress']).toBe(true);

    const setupNode = uses('actions/setup-node');
    expect(setupNode).toHaveLength(1);
    expect(setupNode[0]!.with?.['node-version-file']).toBe('.nvmrc');
    expect(uses('actions/checkout')).toHaveLength(1);

    const order = ['npm install', 'npm run check', 'npm run typecheck', 'npm test', 'npm run build'].map((command) => commandIndex(commands, command));
    expect(order.every((index) => index >= 0), commands.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(commands.some((line) => /\bnpm ci\b/.test(line))).toBe(false);

    // The end-to-end tests find their Chromium through CHROMIUM_PATH, set before `npm test`.
    const chromium = steps.findIndex((step) => /CHROMIUM_PATH/.test(`${step.run ?? ''}${JSON.stringify(step.env ?? {})}`));
    const test = steps.findIndex((step) => step.run?.trim() === 'npm test');
    expect(chromium).toBeGreaterThanOrEqual(0);
    expect(chromium).toBeLessThanOrEqual(test);
  });

  it('deploy: on pushes to main, checks and builds for the Pages address, uploads dist and deploys it', () => {
    const { on, jobs, commands, uses } = workflow('deploy.yml');
    expect((on.push as Yaml).branches).toContain('main');
    expect(on).toHaveProperty('workflow_dispatch');

    const check = commandIndex(commands, 'npm run check');
    const build = commandIndex(commands, 'npm run build');
    expect(commandIndex(commands, 'npm install')).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(check);

    // SITE_URL and BASE_PATH come from configure-pages' outputs.
    const pages = uses('actions/configure-pages');
    expect(pages).toHaveLength(1);
    const buildStep = Object.values(jobs).flatMap((job) => job.steps ?? []).find((step) => step.run?.trim() === 'npm run build')!;
    expect(buildStep.env?.SITE_URL).toBe(`\${{ steps.${pages[0]!.id}.outputs.origin }}`);
    expect(buildStep.env?.BASE_PATH).toBe(`\${{ steps.${pages[0]!.id}.outputs.base_path }}`);

    const upload = uses('actions/upload-pages-artifact');
    expect(upload).toHaveLength(1);
    expect(upload[0]!.with?.path).toBe('dist');

    const [deployJob] = Object.values(jobs).filter((job) => job.steps?.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    expect(deployJob).toBeDefined();
    expect(deployJob!.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(deployJob!.environment?.name).toBe('github-pages');
    // Only the deploying job may write to Pages.
    const writers = Object.values(jobs).filter((job) => job.permissions?.pages === 'write');
    expect(writers).toEqual([deployJob]);
  });
});

describe('pull request template and code owners', () => {
  it('the checklist covers sources, invented facts, copied sentences, expected vs achieved, the check and the preview', () => {
    const template = read('.github/pull_request_template.md');
    const items = template.split('\n').filter((line) => /^- \[ \]/.test(line));
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const topic of [/fonti/, /inventat/, /copiat/, /attesi.*raggiunti/, /npm run check/, /anteprima/]) {
      expect(items.some((item) => topic.test(item)), String(topic)).toBe(true);
    }
  });

  it('content goes to the editorial team, everything else to maintainers', () => {
    const rules = read('.github/CODEOWNERS')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/\s+/));
    expect(rules[0]).toEqual(['*', '@atlante-inclusione/sviluppo']);
    expect(rules.find(([pattern]) => pattern === '/content/')?.slice(1)).toEqual(['@atlante-inclusione/redazione']);
    for (const [pattern, ...owners] of rules) {
      expect(owners.length, pattern).toBeGreaterThan(0);
      for (const owner of owners) expect(owner).toMatch(/^@[\w.-]+(\/[\w.-]+)?$/);
    }
  });
});

/** Markdown without code: fenced blocks and inline code spans hold no links or headings. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
  const definitions = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1]!);
  return [...inline, ...definitions];
}

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** The example practice: the first ```markdown block and the file name given just before it. */
function examplePractice(markdown: string): { id: string; text: string } {
  const block = /^```(?:markdown|md)[ \t]*\n([\s\S]*?)^```[ \t]*$/m.exec(markdown);
  expect(block, 'a ```markdown block with the example').not.toBeNull();
  const names = [...markdown.slice(0, block!.index).matchAll(/content\/practices\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md\b/g)];
  expect(names.length, 'the example’s file name, given before it').toBeGreaterThan(0);
  return { id: names.at(-1)![1]!, text: block![1]! };
}

describe('contributor’s guides', () => {
  const GUIDES = { 'CONTRIBUTING.md': 'CONTRIBUTING.en.md', 'CONTRIBUTING.en.md': 'CONTRIBUTING.md' } as const;

  it.each(Object.entries(GUIDES))('%s links to %s at the top', (guide, other) => {
    const top = read(guide).split('\n').slice(0, 5).join('\n');
    expect(linkTargets(top)).toContain(other);
  });

  it.each(Object.keys(GUIDES))('every relative link in %s leads to a file of the repository (and a heading there)', (guide) => {
    const markdown = read(guide);
    const broken: string[] = [];
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [pathPart = '', fragment] = target.split('#');
      const path = decodeURIComponent(pathPart.split('?')[0]!);
      const file = path ? relative(ROOT, resolve(ROOT, dirname(guide), path)) : guide;
      if (file.startsWith('..')) {
        broken.push(`${target} leaves the repository`);
        continue;
      }
      if (!existsSync(join(ROOT, file))) {
        broken.push(`${target}: ${file} does not exist`);
        continue;
      }
      if (fragment && file.endsWith('.md') && !anchors(read(file)).has(decodeURIComponent(fragment))) {
        broken.push(`${target}: no heading #${fragment} in ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(Object.keys(GUIDES))('%s documents the scaffolder and the check', (guide) => {
    const markdown = read(guide);
    for (const command of ['npm run new', 'npm run new -- --help', 'npm run check', 'npm start', 'npm run dev', 'http://localhost:4321/pratiche/']) {
      expect(markdown).toContain(command);
    }
  });

  describe('the example practice', () => {
    const temp = mkdtempSync(join(tmpdir(), 'atlante-contributing-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it('is the same in both guides, and not a real entry', () => {
      const italian = examplePractice(read('CONTRIBUTING.md'));
      expect(examplePractice(read('CONTRIBUTING.en.md'))).toEqual(italian);
      expect(existsSync(join(ROOT, 'content/practices', `${italian.id}.md`))).toBe(false);
      expect(italian.text).toMatch(/ESEMPIO/);
    });

    it('passes the real content check, with no error and no warning', () => {
      const example = examplePractice(read('CONTRIBUTING.md'));
      cpSync(join(ROOT, 'content'), join(temp, 'content'), { recursive: true });
      const file = `content/practices/${example.id}.md`;
      writeFileSync(join(temp, file), example.text);
      const reviewed = /^lastReviewed:\s*(\S+)/m.exec(example.text)?.[1];
      expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Checked as of its review date, so the test does not start warning about a stale review in three years.
      const result = checkContent(join(temp, 'content'), { today: reviewed!, displayRoot: temp });
      expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
      expect(result.problems.filter((problem) => problem.file === file).map(formatProblem)).toEqual([]);
      expect(result.entries.some((entry) => entry.collection === 'practices' && entry.id === example.id)).toBe(true);
    });
  });
});
