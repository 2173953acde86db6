/** The field in figures: each count agrees with the catalogue's own lists, in the reader's language. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldFigures, projectsByYear, type Figure } from '../../../src/lib/charts/figures.ts';
import { yearsSpanned } from '../../../src/lib/partial-date.ts';
import { catalogOfTree, makeCatalog, rawPractice, rawProject } from '../../support/catalog-builder.ts';

const labels = { evidence: (level: string) => `E:${level}`, partnerKind: (kind: string) => `K:${kind}` };
const figure = (figures: Figure[], id: Figure['id']) => figures.find((f) => f.id === id)!;

describe.each([
  ['the fixture site', join(import.meta.dirname, '../../fixtures/site')],
  ['the real content', join(import.meta.dirname, '../../../content')],
])('figures of %s', (_, dir) => {
  const catalog = catalogOfTree(dir);
  const figures = fieldFigures(catalog, { locale: 'it', ...labels });

  it('counts practices per theme, target group, fund and intervention type as the term pages list them', () => {
    const pairs = [
      ['practicesByTheme', 'themes'],
      ['practicesByTargetGroup', 'targetGroups'],
      ['practicesByFund', 'funds'],
      ['practicesByInterventionType', 'interventionTypes'],
    ] as const;
    for (const [id, taxonomy] of pairs) {
      const rows = figure(figures, id).rows;
      expect(rows.map((r) => r.key).sort()).toEqual([...catalog.taxonomies[taxonomy].keys()].sort());
      for (const row of rows) expect(row.value).toBe(catalog.practicesWith(taxonomy, row.key).length);
    }
  });

  it('orders categories by count, largest first', () => {
    for (const id of ['practicesByTheme', 'practicesByRegion', 'partnersByKind'] as const) {
      const values = figure(figures, id).rows.map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });

  it('counts each practice once in every region it works in, national ones under Italy', () => {
    const rows = figure(figures, 'practicesByRegion').rows;
    for (const row of rows) {
      const expected = [...catalog.practices.values()].filter((p) => p.data.territories.some((t) => (catalog.regionOf(t.id)?.id ?? t.id) === row.key)).length;
      expect(row.value).toBe(expected);
    }
    const regions = [...catalog.territories.values()].filter((t) => t.data.kind === 'region').map((t) => t.id);
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(regions));
  });

  it('counts evidence levels in their own order, and partners by kind, with the caller\'s labels', () => {
    const evidence = figure(figures, 'practicesByEvidence');
    expect(evidence.rows.map((r) => r.key)).toEqual(['declared', 'monitored', 'evaluated', 'independently-evaluated']);
    expect(evidence.rows.map((r) => r.label)).toEqual(evidence.rows.map((r) => `E:${r.key}`));
    expect(evidence.rows.reduce((sum, r) => sum + r.value, 0)).toBe(catalog.practices.size);
    const kinds = figure(figures, 'partnersByKind');
    expect(kinds.rows.reduce((sum, r) => sum + r.value, 0)).toBe(catalog.partners.size);
    expect(kinds.rows.every((r) => r.label === `K:${r.key}`)).toBe(true);
  });

  it('counts a project in every year its period spans, with no missing years on the axis', () => {
    const { rows, unassigned } = figure(figures, 'projectsByYear');
    const years = rows.map((r) => Number(r.key));
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
    for (const row of rows) {
      const running = [...catalog.projects.values()].filter((p) => p.data.period && yearsSpanned(p.data.period).includes(Number(row.key))).length;
      expect(row.value).toBe(running);
    }
    expect(unassigned).toBe([...catalog.projects.values()].filter((p) => !p.data.period || yearsSpanned(p.data.period).length === 0).length);
  });
});

describe('figures in English', () => {
  it('labels taxonomy terms and territories in English', () => {
    const catalog = catalogOfTree(join(import.meta.dirname, '../../fixtures/site'));
    const figures = fieldFigures(catalog, { locale: 'en', ...labels });
    const theme = figure(figures, 'practicesByTheme').rows.find((r) => r.key === 'casa')!;
    expect(theme.label).toBe(catalog.taxonomies.themes.get('casa')!.label.en);
    const italy = figure(figures, 'practicesByRegion').rows.find((r) => r.key === 'italia');
    if (italy) expect(italy.label).toBe(catalog.territories.get('italia')!.data.nameEn);
  });
});

describe('projectsByYear', () => {
  it('spans a 2019–2021 project over three years and counts undated projects apart', () => {
    const catalog = makeCatalog({
      projects: { uno: rawProject({ period: { start: '2019', end: '2021-06' } }), due: rawProject({ period: { start: '2020-03' } }), tre: rawProject() },
      practices: { p: rawPractice({ project: 'uno' }) },
    });
    const { rows, unassigned } = projectsByYear(catalog);
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['2019', 1],
      ['2020', 2],
      ['2021', 1],
    ]);
    expect(unassigned).toBe(1);
  });
});
