/**
 * The collection schemas as an editor meets them: through `npm run check` (the real checker),
 * on a copy of the valid fixture tree with one field broken. Each test pins the exact line the
 * editor reads: file:line:col, field, message and fix.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { partialDate } from '../../src/schemas/common.ts';
import { brokenTrees, edit, report, SITE, TODAY } from '../support/broken-tree.ts';

const INVALID = join(import.meta.dirname, '../fixtures/invalid');
/** Adds the files of a broken overlay from tests/fixtures/invalid/ to the copy. */
const overlay = (name: string) => (dir: string) => cpSync(join(INVALID, name), dir, { recursive: true });

const checkBroken = brokenTrees('schemas');

const CASA = 'practices/pratica-casa.mdx';
const LAVORO = 'practices/pratica-lavoro.md';
const PROJECT = 'projects/progetto-prova.mdx';

describe('the valid fixture', () => {
  it('passes the checker with no errors and no warnings', () => {
    const result = checkContent(SITE, { today: TODAY, displayRoot: SITE });
    expect(report(result)).toEqual([]);
    expect(result.entries.filter((e) => e.collection === 'practices').map((e) => e.id)).toEqual(['pratica-casa', 'pratica-lavoro', 'pratica-nazionale', 'pratica-rete-lazio']);
  });
});

describe('missing required fields', () => {
  it('names the missing field and how to add it (practice without `evidence`)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, /^evidence:.*\n/m, ''));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:2:1  evidence  is required  → add `evidence:` with a group of fields']);
    expect(result.errors).toBe(1);
  });

  it('says "a list" for a missing list (practice without `sources`)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'sources:\n  - title: Scheda di prova\n', ''));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:2:1  sources  is required  → add `sources:` with a list']);
  });

  it('points a missing nested field at its parent (evidence without `note`)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, ', note: La fonte descrive solo attività previste.', ''));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:10:11  evidence.note  is required  → add `note:` with a text']);
  });
});

describe('text limits', () => {
  it('says how long an oversized title is and what the limit is', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'title: Pratica di prova sulla casa', `title: ${'Casa '.repeat(70)}fine`));
    expect(report(result)).toEqual([
      'practices/pratica-casa.mdx:2:8  title  is too long: 354 characters, at most 300 are allowed  → shorten it: keep the essentials here and move the detail to the text below the front matter',
    ]);
  });
});

describe('values out of a list', () => {
  it('suggests the closest allowed value for an enum typo (`evidence.level: declard`)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'level: declared', 'level: declard'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:10:20  evidence.level  "declard" is not allowed  → did you mean `declared`?']);
  });

  it('lists every allowed value when nothing is close', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'level: declared', 'level: boh'));
    expect(report(result)).toEqual([
      'practices/pratica-casa.mdx:10:20  evidence.level  "boh" is not allowed  → use one of: declared, monitored, evaluated, independently-evaluated',
    ]);
  });
});

describe('unknown fields', () => {
  it('suggests the real field name for `titel:` (and reports the title as missing)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'title: Pratica', 'titel: Pratica'));
    expect(report(result)).toEqual([
      'practices/pratica-casa.mdx:2:1  title  is required  → add `title:` with a text',
      'practices/pratica-casa.mdx:2:1  titel  unknown field `titel`  → did you mean `title`? (or remove it)',
    ]);
  });

  it('suggests the real field name inside a group (`evidence.nota`)', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'note: La fonte', 'nota: La fonte'));
    expect(report(result)).toContain('practices/pratica-casa.mdx:10:30  evidence.nota  unknown field `nota`  → did you mean `note`? (or remove it)');
  });

  it('points at the line of the unknown field, not at the top of the front matter', () => {
    // `titel:` is added on line 3, under a correct `title:` on line 2.
    const result = checkBroken((dir) => edit(dir, CASA, 'title: Pratica di prova sulla casa\n', 'title: Pratica di prova sulla casa\ntitel: Doppione\n'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      file: 'practices/pratica-casa.mdx',
      line: 3,
      column: 1,
      message: 'unknown field `titel`',
      fix: 'did you mean `title`? (or remove it)',
    });
  });
});

describe('dates', () => {
  it('rejects a month 13 in a period, at the value', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'lastReviewed:', 'period: { start: 2021-13 }\nlastReviewed:'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:15:18  period.start  "2021-13" has month 13: months go from 01 to 12']);
  });

  it('rejects a bad `lastReviewed`', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'lastReviewed: 2026-11-23', 'lastReviewed: 2021-02-30'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:15:15  lastReviewed  "2021-02-30" is not a day of the calendar']);
  });

  it('accepts a year written as a YAML number and a day written unquoted', () => {
    const result = checkBroken((dir) => edit(dir, PROJECT, 'period: { start: 2019, end: 2021-06 }', 'period: {start: 2019}'));
    expect(report(result)).toEqual([]);
    const project = result.entries.find((e) => e.id === 'progetto-prova');
    const practice = result.entries.find((e) => e.id === 'pratica-casa');
    expect(project?.data.period).toEqual({ start: { year: 2019 } });
    expect(practice?.data.lastReviewed).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('accepts a YAML timestamp (a Date, as Astro’s front-matter parser gives it) as a day', () => {
    expect(partialDate().parse(new Date(Date.UTC(2026, 10, 23)))).toEqual({ year: 2026, month: 11, day: 23 });
    expect(partialDate().parse(2019)).toEqual({ year: 2019 });
  });

  it('rejects a number that is not a year', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'lastReviewed: 2026-11-23', 'lastReviewed: 2021.5'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:15:15  lastReviewed  2021.5 does not have an accepted form']);
  });
});

describe('web addresses', () => {
  const partnerWith = (website: string) => (dir: string) =>
    writeFileSync(
      join(dir, 'partners/ente-gamma.md'),
      `---\nname: Ente Gamma di prova\nkind: foundation\nwebsite: ${website}\nsources:\n  - title: Fonte di prova\n---\n`,
    );

  it.each([['javascript:alert(1)'], ['ftp://example.org/scheda.pdf'], ['"data:text/html,<b>x</b>"'], ['www.example.org']])(
    'rejects `website: %s`',
    (website) => {
      const result = checkBroken(partnerWith(website));
      expect(report(result)).toEqual(['partners/ente-gamma.md:4:10  website  must be a web address starting with http:// or https://']);
    },
  );

  it('accepts an https address', () => {
    expect(report(checkBroken(partnerWith('https://www.example.org/chi-siamo')))).toEqual([]);
  });

  it('rejects a non-web address in a source', () => {
    const result = checkBroken((dir) => edit(dir, LAVORO, '  - title: Scheda di prova\n', '  - { title: Scheda di prova, url: "ftp://example.org/x.pdf" }\n'));
    expect(report(result)).toEqual(['practices/pratica-lavoro.md:14:36  sources[0].url  must be a web address starting with http:// or https://']);
  });
});

describe('lists that must not be empty', () => {
  it('asks for a source when `sources: []`', () => {
    const result = checkBroken((dir) => edit(dir, LAVORO, 'sources:\n  - title: Scheda di prova\n', 'sources: []\n'));
    expect(report(result)).toEqual([
      'practices/pratica-lavoro.md:13:10  sources  cite at least one source: add `sources: [{ title: "…" }]` naming the document the facts come from',
    ]);
  });

  it('asks for a territory when `territories: []`', () => {
    const result = checkBroken((dir) => edit(dir, CASA, 'territories: [palermo]', 'territories: []'));
    expect(report(result)).toEqual(['practices/pratica-casa.mdx:5:14  territories  name at least one territory where the practice took place']);
  });
});

describe('files that cannot be read', () => {
  it('reports a practice with no front matter at its first line', () => {
    const result = checkBroken(overlay('no-front-matter'));
    expect(report(result)).toEqual([
      'practices/pratica-senza-front-matter.md:1:1  (file)  the file has no front matter  → start the file with a line "---", the fields, and another "---"',
    ]);
  });

  it('reports broken YAML (a key indented one space too far) at the offending line', () => {
    const result = checkBroken(overlay('bad-indentation'));
    expect(report(result)).toEqual([
      'practices/pratica-indentazione.md:12:1  (file)  the YAML cannot be read: Sequence item without - indicator  → check indentation and quotes around values that contain a colon',
    ]);
  });
});

describe('one mistake, one error', () => {
  it('does not report the references to an entry that failed its schema as missing entries', () => {
    // The project exists; only its period is wrong. The practices and the document that
    // point to it should not each get a "`progetto-prova` is not an entry of projects".
    const result = checkBroken((dir) => edit(dir, PROJECT, 'start: 2019', 'start: 2021-13'));
    expect(report(result)).toEqual(['projects/progetto-prova.mdx:12:18  period.start  "2021-13" has month 13: months go from 01 to 12']);
    expect(result.errors).toBe(1);
  });
});
