/**
 * Citations: the CSL-JSON item of each kind of entry, the BibTeX written from it (read back with
 * a real BibTeX parser, the one Better BibTeX for Zotero uses), the formatted citation in
 * Italian and English, and the repository's CITATION.cff against the CFF 1.2.0 JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { validateCFF } from 'cffjs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildCatalog, type CatalogInput } from '../../src/lib/catalog.ts';
import { ATLAS_TITLE, citationFiles, citationOf, escapeBibtex, formatCitation, toBibtex, toCslJson, type Citation, type CitedKind } from '../../src/lib/citation.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const sources = [{ title: 'Scheda di prova' }];

/** A small catalogue with the fields the citations read; titles carry the characters TeX treats specially. */
const catalog = buildCatalog({
  projects: [
    {
      id: 'progetto',
      data: {
        title: 'Casa & lavoro: 100% inclusione',
        acronym: 'C&L',
        lead: ref('partners', 'ente'),
        partners: [{ partner: ref('partners', 'ente'), role: 'lead' }],
        territories: [],
        themes: [],
        targetGroups: [],
        period: { start: { year: 2019 }, end: { year: 2021 } },
        sources,
      },
    },
    { id: 'senza-capofila', data: { title: 'Progetto senza capofila', partners: [], territories: [], themes: [], targetGroups: [], sources } },
  ],
  practices: [
    {
      id: 'pratica',
      data: {
        title: 'Città #1: l’accoglienza {diffusa} a_b ~ ^ $ \\ più #Roma',
        project: ref('projects', 'progetto'),
        partners: [],
        involved: [],
        coDesign: [],
        territories: [],
        themes: [],
        targetGroups: [],
        interventionTypes: [],
        documents: [],
        period: { start: { year: 2020, month: 3 } },
        lastReviewed: { year: 2026, month: 11, day: 23 },
        sources,
      },
    },
  ],
  partners: [{ id: 'ente', data: { name: 'Ministero del Lavoro and Politiche Sociali' } }],
  territories: [],
  documents: [
    { id: 'rapporto', data: { title: 'Rapporto finale', project: ref('projects', 'progetto'), kind: 'report', date: { year: 2021, month: 7 }, language: 'it', sources } },
    { id: 'questionario', data: { title: 'Questionario', project: ref('projects', 'progetto'), kind: 'questionnaire', date: { year: 2020, month: 2, day: 29 }, language: 'it', sources } },
    { id: 'english', data: { title: 'Guidelines for the Inclusion of Roma Children', project: ref('projects', 'senza-capofila'), kind: 'guideline', language: 'en', sources } },
  ],
  themes: [],
  targetGroups: [],
  interventionTypes: [],
  funds: [],
} as unknown as CatalogInput);

const context = { site: 'https://atlante.example.org', accessed: new Date('2026-11-23T23:30:00Z') };
const cite = (kind: CitedKind, id: string): Citation => {
  const citation = citationOf(catalog, kind, id, context);
  if (!citation) throw new Error(`no citation for ${kind} ${id}`);
  return citation;
};
const text = (citation: Citation, locale: 'it' | 'en') => formatCitation(citation, locale).map((part) => part.text).join('');

/** CSL 1.0.2 item types (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
const CSL_TYPES = new Set(['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage']);
/** The CSL-JSON variables the Atlas writes, by their kind in the CSL data schema. */
const CSL_STRINGS = new Set(['id', 'type', 'title', 'container-title', 'publisher', 'URL', 'language']);
const CSL_DATES = new Set(['issued', 'accessed']);
const CSL_NAMES = new Set(['author']);

/** Checks an item the way a CSL processor reads it: required id and type, known variables of the right shape. */
function cslProblems(item: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof item.id !== 'string' || !item.id) problems.push('id must be a non-empty string');
  if (typeof item.type !== 'string' || !CSL_TYPES.has(item.type)) problems.push(`type "${String(item.type)}" is not a CSL type`);
  for (const [key, value] of Object.entries(item)) {
    if (CSL_STRINGS.has(key)) {
      if (typeof value !== 'string' || !value) problems.push(`${key} must be a non-empty string`);
    } else if (CSL_DATES.has(key)) {
      const parts = (value as { 'date-parts'?: unknown })['date-parts'];
      const valid = Array.isArray(parts) && parts.length === 1 && Array.isArray(parts[0]) && parts[0].length >= 1 && parts[0].length <= 3 && parts[0].every(Number.isInteger);
      if (!valid) problems.push(`${key} must be { "date-parts": [[year, month?, day?]] }`);
    } else if (CSL_NAMES.has(key)) {
      if (!Array.isArray(value) || !value.every((name: { literal?: unknown }) => typeof name.literal === 'string' && name.literal)) problems.push(`${key} must be a list of names`);
    } else problems.push(`${key} is not a CSL variable the Atlas writes`);
  }
  return problems;
}

describe('CSL-JSON items', () => {
  it('cites a practice as a web page of the Atlas, at its Italian address, accessed on the build day', () => {
    expect(cite('practice', 'pratica').item).toEqual({
      id: 'atlante-pratica-pratica',
      type: 'webpage',
      title: 'Città #1: l’accoglienza {diffusa} a_b ~ ^ $ \\ più #Roma',
      'container-title': "Atlante dell'inclusione",
      URL: 'https://atlante.example.org/pratiche/pratica/',
      accessed: { 'date-parts': [[2026, 11, 23]] },
      language: 'it',
    });
  });

  it('cites a project as a web page under its acronym and title, without turning its period into a date', () => {
    const { item } = cite('project', 'progetto');
    expect(item).toMatchObject({ id: 'atlante-progetto-progetto', type: 'webpage', title: 'C&L – Casa & lavoro: 100% inclusione', URL: 'https://atlante.example.org/progetti/progetto/' });
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('author');
  });

  it('never dates a practice: its period and review date are not the date of the record', () => {
    expect(cite('practice', 'pratica').item).not.toHaveProperty('issued');
  });

  it('cites a report as a report by its project, published by the lead partner, dated as precisely as the source', () => {
    expect(cite('document', 'rapporto').item).toMatchObject({
      id: 'atlante-documento-rapporto',
      type: 'report',
      title: 'Rapporto finale',
      author: [{ literal: 'C&L – Casa & lavoro: 100% inclusione' }],
      publisher: 'Ministero del Lavoro and Politiche Sociali',
      issued: { 'date-parts': [[2021, 7]] },
      URL: 'https://atlante.example.org/documenti/rapporto/',
    });
    expect(cite('document', 'questionario').item).toMatchObject({ type: 'document', issued: { 'date-parts': [[2020, 2, 29]] } });
  });

  it('leaves out what the catalogue does not know: no publisher without a lead, no date without one', () => {
    const { item } = cite('document', 'english');
    expect(item).toMatchObject({ type: 'document', author: [{ literal: 'Progetto senza capofila' }], language: 'en' });
    expect(item).not.toHaveProperty('publisher');
    expect(item).not.toHaveProperty('issued');
  });

  it('has nothing to cite for an unknown entry', () => {
    expect(citationOf(catalog, 'practice', 'nessuna', context)).toBeUndefined();
    expect(citationOf(catalog, 'document', 'nessuno', context)).toBeUndefined();
  });

  it('writes a CSL-JSON array of one valid item for every kind', () => {
    for (const [kind, id] of [['practice', 'pratica'], ['project', 'progetto'], ['document', 'rapporto'], ['document', 'questionario'], ['document', 'english']] as const) {
      const items = JSON.parse(toCslJson(cite(kind, id))) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      expect(cslProblems(items[0]!), `${kind} ${id}`).toEqual([]);
    }
  });

  it('serves the files beside the Italian page', () => {
    expect(citationFiles('practice', 'x')).toEqual({ bibtex: '/pratiche/x/citazione.bib', cslJson: '/pratiche/x/citazione.json' });
    expect(citationFiles('document', 'y').bibtex).toBe('/documenti/y/citazione.bib');
  });
});

describe('BibTeX', () => {
  it('escapes every character TeX reads as a command, braces included', () => {
    expect(escapeBibtex('{a} & b % c $ d # e _ f ~ g ^ h \\ i')).toBe('\\{a\\} \\& b \\% c \\$ d \\# e \\_ f \\textasciitilde{} g \\textasciicircum{} h \\textbackslash{} i');
  });

  it('keeps accented letters and typographic punctuation as UTF-8', () => {
    expect(escapeBibtex('Città, l’accoglienza – più')).toBe('Città, l’accoglienza – più');
  });

  it('writes a web page as @misc and a report as @techreport, with year and month only when the document is dated', () => {
    expect(toBibtex(cite('practice', 'pratica'))).toMatch(/^@misc\{atlante-pratica-pratica,\n/);
    const report = toBibtex(cite('document', 'rapporto'));
    expect(report).toMatch(/^@techreport\{atlante-documento-rapporto,\n/);
    expect(report).toContain('  year = {2021},\n  month = jul,\n');
    expect(toBibtex(cite('document', 'english'))).not.toMatch(/year|month/);
  });

  it('keeps the case of capitalised words in titles, also after an escaped character', () => {
    expect(toBibtex(cite('practice', 'pratica'))).toContain('  title = {{Città} \\#1: l’accoglienza \\{diffusa\\} a\\_b \\textasciitilde{} \\textasciicircum{} \\$ \\textbackslash{} più {{}\\#Roma}},\n');
    expect(toBibtex(cite('document', 'english'))).toContain('  title = {{Guidelines} for the {Inclusion} of {Roma} {Children}},\n');
  });

  it('reads back with a BibTeX parser to the same title, URL, year and names', () => {
    for (const [kind, id] of [['practice', 'pratica'], ['project', 'progetto'], ['document', 'rapporto'], ['document', 'questionario'], ['document', 'english']] as const) {
      const { item } = cite(kind, id);
      const library = parse(toBibtex(cite(kind, id)));
      expect(library.errors, `${kind} ${id}`).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const entry = library.entries[0]!;
      expect(entry.key).toBe(item.id);
      expect(entry.fields.title).toBe(item.title);
      expect(entry.fields.url).toBe(item.URL);
      expect(entry.fields.urldate).toBe('2026-11-23');
      expect(entry.fields.year).toBe(item.issued ? String(item.issued['date-parts'][0][0]) : undefined);
      expect(entry.fields.author?.map((name) => name.name)).toEqual(item.author?.map((name) => name.literal));
    }
  });

  it('keeps an institution whole even when its name holds "and"', () => {
    const entry = parse(toBibtex(cite('document', 'rapporto'))).entries[0]!;
    expect(entry.fields.institution).toEqual(['Ministero del Lavoro and Politiche Sociali']);
    expect(entry.fields.langid).toBe('italian');
  });
});

describe('formatted citation', () => {
  it('reads in Italian with the Italian record name and access date', () => {
    expect(text(cite('practice', 'pratica'), 'it')).toBe(
      "«Città #1: l’accoglienza {diffusa} a_b ~ ^ $ \\ più #Roma». Atlante dell'inclusione, scheda pratica. https://atlante.example.org/pratiche/pratica/ (consultato il 23 novembre 2026).",
    );
    expect(text(cite('document', 'rapporto'), 'it')).toBe(
      "C&L – Casa & lavoro: 100% inclusione. «Rapporto finale», Ministero del Lavoro and Politiche Sociali, luglio 2021. Atlante dell'inclusione, scheda documento. https://atlante.example.org/documenti/rapporto/ (consultato il 23 novembre 2026).",
    );
  });

  it('reads in English with English words, the same data and URL', () => {
    expect(text(cite('project', 'progetto'), 'en')).toBe(
      "“C&L – Casa & lavoro: 100% inclusione”. Atlante dell'inclusione, project record. https://atlante.example.org/progetti/progetto/ (accessed 23 November 2026).",
    );
    expect(text(cite('document', 'questionario'), 'en')).toContain('“Questionario”, Ministero del Lavoro and Politiche Sociali, 29 February 2020.');
  });

  it('marks the Italian title and the Atlas name as Italian in an English citation, and an English title in an Italian one', () => {
    const en = formatCitation(cite('practice', 'pratica'), 'en');
    expect(en.filter((part) => part.lang).map((part) => [part.lang, part.text])).toEqual([
      ['it', 'Città #1: l’accoglienza {diffusa} a_b ~ ^ $ \\ più #Roma'],
      ['it', "Atlante dell'inclusione"],
    ]);
    const it = formatCitation(cite('document', 'english'), 'it');
    expect(it.filter((part) => part.lang).map((part) => [part.lang, part.text])).toEqual([['en', 'Guidelines for the Inclusion of Roma Children']]);
  });
});

describe('CITATION.cff', () => {
  const cff = parseYaml(readFileSync(join(import.meta.dirname, '../../CITATION.cff'), 'utf8')) as Record<string, unknown>;

  it('is valid against the Citation File Format 1.2.0 schema', () => {
    expect(() => validateCFF(structuredClone(cff))).not.toThrow();
  });

  it('would be rejected by that schema without a message or with an unknown key', () => {
    const { message: _message, ...withoutMessage } = cff;
    expect(() => validateCFF(withoutMessage)).toThrow(/message/);
    expect(() => validateCFF({ ...cff, languages: ['it'] })).toThrow(/additional/);
  });

  it('describes the dataset under its own name, with no invented people, address or repository', () => {
    expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'dataset', title: ATLAS_TITLE, authors: [{ name: ATLAS_TITLE }], license: 'CC-BY-4.0' });
    expect(typeof cff.message).toBe('string');
    expect(typeof cff.abstract).toBe('string');
    expect(cff.keywords).toEqual(expect.arrayContaining(['social inclusion', 'inclusione sociale']));
    expect(cff).not.toHaveProperty('url');
    expect(cff).not.toHaveProperty('repository-code');
  });
});
