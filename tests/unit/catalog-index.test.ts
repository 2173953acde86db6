import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, IndexFormatError, type IndexRowInput } from '../../src/lib/search/index-codec.ts';
import { countOf, pageOf, runQuery, valuesAt, type IndexQuery } from '../../src/lib/search/index-engine.ts';
import { catalogIndexFiles, catalogRows } from '../../src/lib/search/index-rows.ts';
import { decodeJoin, encodeJoin, joinResults } from '../../src/lib/search/pagefind-join.ts';
import { pdfPageOf } from '../../src/lib/search/pdf-records.ts';
import { FACETS, type Facet, type SearchFilters } from '../../src/lib/search/record.ts';
import { toggleValue, type SearchState } from '../../src/lib/search/state.ts';
import { SITE } from '../support/broken-tree.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';

const NO_DICTIONARIES = Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<Facet, string[]>;

/** The reference engine: a plain filter over plain records, OR within a facet, AND across facets. */
const passes = (record: SearchFilters, filters: SearchFilters) =>
  FACETS.every((facet) => !filters[facet]?.length || filters[facet].some((value) => record[facet]?.includes(value)));
const bruteMatches = (rows: readonly IndexRowInput[], filters: SearchFilters, among?: readonly number[]) =>
  (among ?? rows.map((_, i) => i)).filter((i) => passes(rows[i]!.filters, filters));

const indexOf = (rows: IndexRowInput[]) => decodeIndex(encodeIndex(rows, NO_DICTIONARIES, 4));
const state = (filters: SearchFilters): SearchState => ({ q: '', filters, page: 1 });

const rows: IndexRowInput[] = [
  { filters: { tipo: ['pratica'], tema: ['casa', 'lavoro'], regione: ['sicilia'] }, date: '2021' },
  { filters: { tipo: ['pratica'], tema: ['casa'], regione: ['lazio'] }, date: '2019-05' },
  { filters: { tipo: ['pratica'], tema: ['lavoro'], regione: ['sicilia'] }, date: '0000' },
  { filters: { tipo: ['progetto'], tema: ['governance'], regione: ['italia'] }, date: '2022-03-01' },
  { filters: { tipo: ['pratica'], tema: ['governance', 'casa'], regione: ['sicilia', 'lazio'] }, date: '2020' },
];

describe('the catalogue index on the wire', () => {
  it('decodes every row to the values it was given, whatever the facets hold', () => {
    const value = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `v${i}`));
    const row = fc.record({
      filters: fc.record({ tipo: fc.uniqueArray(value, { maxLength: 2 }), tema: fc.uniqueArray(value, { maxLength: 40 }), anno: fc.uniqueArray(value, { maxLength: 5 }) }),
      date: fc.constantFrom('0000', '2019', '2019-07', '2021-07-02'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (input) => {
        const index = indexOf(input);
        input.forEach((r, i) => {
          for (const facet of FACETS) expect(valuesAt(index, facet, i).sort()).toEqual([...(r.filters[facet as 'tipo'] ?? [])].sort());
          expect(index.dateValues[index.dates[i]!]).toBe(r.date);
        });
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('refuses a file of another version or with a truncated column, with a message that says which', () => {
    const encoded = encodeIndex(rows, NO_DICTIONARIES, 4);
    expect(() => decodeIndex({ ...encoded, version: 2 as 1 })).toThrow(IndexFormatError);
    expect(() => decodeIndex({ ...encoded, facets: { ...encoded.facets, tema: { ...encoded.facets.tema, data: encoded.facets.tema.data.slice(1) } } })).toThrow(/«tema»/);
  });
});

describe('faceted counts on the catalogue index', () => {
  it('joins values of one facet with OR and facets with AND', () => {
    const index = indexOf(rows);
    expect(runQuery(index, { filters: { tema: ['casa', 'lavoro'] } }).rows).toEqual([0, 1, 2, 4]);
    expect(runQuery(index, { filters: { tema: ['casa', 'lavoro'], regione: ['lazio'] } }).rows).toEqual([1, 4]);
  });

  it('beside an unticked value of a facet with ticked values, counts the results ticking it would give', () => {
    const answer = runQuery(indexOf(rows), { filters: { tema: ['casa'] } });
    expect(answer.total).toBe(3);
    expect(answer.facets.tema.get('lavoro')).toEqual({ count: 4, ticked: false });
    expect(answer.facets.tema.get('governance')).toEqual({ count: 4, ticked: false });
    expect(answer.facets.tema.get('casa')).toEqual({ count: 3, ticked: true });
    expect(answer.facets.regione.get('sicilia')).toEqual({ count: 2, ticked: false });
    expect(countOf(answer, 'regione', 'italia')).toBe(0);
  });

  it('matches a brute-force count for every value of every facet, whatever is ticked and whatever words matched', () => {
    const value = fc.constantFrom('a', 'b', 'c', 'd');
    const row = fc.record({
      filters: fc.record({ tipo: fc.uniqueArray(value, { maxLength: 2 }), tema: fc.uniqueArray(value, { maxLength: 3 }), anno: fc.uniqueArray(value, { maxLength: 2 }) }),
      date: fc.constantFrom('0000', '2019', '2020-02', '2021'),
    });
    const ticks = fc.record({ tipo: fc.uniqueArray(value, { maxLength: 2 }), tema: fc.uniqueArray(value, { maxLength: 3 }), anno: fc.uniqueArray(value, { maxLength: 1 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), ticks, fc.option(fc.infiniteStream(fc.boolean()), { nil: undefined }), (all, ticked, words) => {
        const filters = Object.fromEntries(Object.entries(ticked).filter(([, v]) => v.length)) as SearchFilters;
        // A text query matches some rows, in an order of its own (reversed here).
        const matched = words ? all.map((_, i) => i).filter(() => words.next().value as boolean).reverse() : undefined;
        const answer = runQuery(indexOf(all), { filters, matched });
        const expected = bruteMatches(all, filters, matched);
        expect(answer.rows).toEqual(expected);
        for (const facet of FACETS) {
          for (const [v, { count, ticked: isTicked }] of answer.facets[facet]) {
            const wanted = isTicked
              ? expected.filter((i) => (all[i]!.filters[facet as 'tipo'] as string[] | undefined)?.includes(v)).length
              : bruteMatches(all, toggleValue(state(filters), facet, v, true).filters, matched).length;
            expect(count, `${facet}=${v}`).toBe(wanted);
          }
        }
        if (answer.total === 0 && answer.relaxation) {
          const { facet, total } = answer.relaxation;
          const without = { ...filters };
          delete without[facet];
          expect(bruteMatches(all, without, matched).length).toBe(total);
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('sorts by date, newest first and undated last, by title (the rows’ own order), or by the text query’s relevance', () => {
    const index = indexOf(rows);
    const all: IndexQuery = { filters: {} };
    expect(runQuery(index, { ...all, order: 'data' }).rows).toEqual([3, 0, 4, 1, 2]);
    expect(runQuery(index, all).rows).toEqual([0, 1, 2, 3, 4]);
    expect(runQuery(index, { ...all, matched: [4, 0, 2] }).rows).toEqual([4, 0, 2]);
    expect(runQuery(index, { ...all, matched: [4, 0, 2], order: 'titolo' }).rows).toEqual([0, 2, 4]);
  });

  it('applies a fixed facet without counting it as ticked or offering to clear it', () => {
    const index = indexOf(rows);
    const answer = runQuery(index, { filters: { tipo: ['pratica'], regione: ['italia'] }, fixed: { tipo: ['pratica'] } });
    expect(answer.total).toBe(0);
    expect(answer.tickedFacets).toEqual(['regione']);
    expect(answer.relaxation).toEqual({ facet: 'regione', total: 4 });
  });

  it('when nothing matches, proposes clearing the facet that gives back the most results, or nothing when none helps', () => {
    const index = indexOf(rows);
    expect(runQuery(index, { filters: { tema: ['lavoro'], regione: ['italia'] } }).relaxation).toEqual({ facet: 'regione', total: 2 });
    expect(runQuery(index, { filters: { tema: ['assente'] } }).relaxation).toEqual({ facet: 'tema', total: 5 });
    // The words themselves match nothing: no filter to clear brings anything back.
    expect(runQuery(index, { filters: { tema: ['casa'] }, matched: [] }).relaxation).toBeUndefined();
  });

  it('pages results, showing the last page when asked for one past the end', () => {
    const numbers = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(numbers, 2, 10)).toEqual({ page: 2, pages: 3, rows: numbers.slice(10, 20) });
    expect(pageOf(numbers, 9, 10)).toEqual({ page: 3, pages: 3, rows: [20, 21, 22] });
    expect(pageOf([], 1, 10)).toEqual({ page: 1, pages: 1, rows: [] });
  });
});

describe('the catalogue index of the fixture site', () => {
  const catalog = catalogOfTree(SITE);

  it('has one row per entry, in the reader’s title order, and the same facets as the search records', () => {
    const italian = catalogRows(catalog, 'it');
    expect(italian).toHaveLength(catalog.practices.size + catalog.projects.size + catalog.documents.size + catalog.partners.size + catalog.territories.size);
    const titles = italian.map((row) => row.card.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('it', { sensitivity: 'base', numeric: true }).compare));
    const { index, chunks, paths } = catalogIndexFiles(catalog, 'it', 4);
    const decoded = decodeIndex(index);
    italian.forEach((row, i) => {
      expect(paths[i]).toBe(row.path);
      expect(chunks[Math.floor(i / 4)]![i % 4]).toEqual(row.card);
      for (const facet of FACETS) expect(valuesAt(decoded, facet, i).sort()).toEqual([...(row.record.filters[facet] ?? [])].sort());
    });
  });
});

describe('the join of Pagefind records to rows', () => {
  const paths = ['/pratiche/a/', '/documenti/d/', '/territori/t/'];

  it('maps each record to its row, a PDF page to its document’s row and page, and keeps the best place of each row', () => {
    const encoded = encodeJoin(
      'it_',
      paths,
      [
        { id: 'it_aaa1111', url: '/pratiche/a/' },
        { id: 'it_ddd2222', url: '/documenti/d/' },
        { id: 'it_eee3333', url: '/documenti/d/?pdf-pagina=3' },
        { id: 'it_fff4444', url: '/documenti/d/?pdf-pagina=7' },
      ],
      pdfPageOf,
    );
    const join = decodeJoin(JSON.parse(JSON.stringify(encoded)));
    expect(join.get('it_eee3333')).toEqual({ row: 1, page: 3 });
    const { rows, pdfPages } = joinResults(join, ['it_fff4444', 'it_aaa1111', 'it_ddd2222', 'it_eee3333', 'it_unknown']);
    expect(rows).toEqual([1, 0]);
    expect(pdfPages.get(1)).toBe(7);
  });

  it('refuses a record that is not an entry of the catalogue, naming it', () => {
    expect(() => encodeJoin('it_', paths, [{ id: 'it_x', url: '/altro/' }], pdfPageOf)).toThrow('/altro/');
  });
});
