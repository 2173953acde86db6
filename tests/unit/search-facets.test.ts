import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestRelaxation, countOf, engineFilter, facetedCounts, type EngineFilter, type Searcher } from '../../src/lib/search/facet-counts.ts';
import { FACETS, type Facet, type SearchFilters } from '../../src/lib/search/record.ts';
import { toggleValue, type SearchState } from '../../src/lib/search/state.ts';

/** An engine with Pagefind's filter semantics (`any`, `none`, facets joined by AND), over plain records. */
function memoryEngine(records: SearchFilters[]): { search: Searcher; matches: (filters: SearchFilters) => SearchFilters[] } {
  const passes = (record: SearchFilters, filter: EngineFilter) =>
    Object.entries(filter).every(([facet, rule]) => {
      const values = record[facet as Facet] ?? [];
      return 'any' in rule ? rule.any.some((v) => values.includes(v)) : rule.none.every((v) => !values.includes(v));
    });
  const search: Searcher = async (filter) => {
    const hits = records.filter((r) => passes(r, filter));
    const counts: Record<string, Record<string, number>> = {};
    for (const hit of hits) {
      for (const [facet, values] of Object.entries(hit)) {
        const facetCounts = (counts[facet] ??= {});
        for (const value of values) facetCounts[value] = (facetCounts[value] ?? 0) + 1;
      }
    }
    return { total: hits.length, counts };
  };
  return { search, matches: (filters) => records.filter((r) => passes(r, engineFilter(filters))) };
}

const state = (filters: SearchFilters): SearchState => ({ q: '', filters, page: 1 });

const records: SearchFilters[] = [
  { tipo: ['pratica'], tema: ['casa', 'lavoro'], regione: ['sicilia'] },
  { tipo: ['pratica'], tema: ['casa'], regione: ['lazio'] },
  { tipo: ['pratica'], tema: ['lavoro'], regione: ['sicilia'] },
  { tipo: ['progetto'], tema: ['governance'], regione: ['italia'] },
  { tipo: ['pratica'], tema: ['governance', 'casa'], regione: ['sicilia', 'lazio'] },
];

describe('faceted counts', () => {
  it('joins values of one facet with OR and facets with AND', () => {
    const { matches } = memoryEngine(records);
    expect(matches({ tema: ['casa', 'lavoro'] })).toHaveLength(4);
    expect(matches({ tema: ['casa', 'lavoro'], regione: ['lazio'] })).toHaveLength(2);
  });

  it('beside an unticked value of a facet with ticked values, counts the results ticking it would give', async () => {
    const { search } = memoryEngine(records);
    const answer = await facetedCounts(state({ tema: ['casa'] }), search);
    expect(answer.total).toBe(3);
    // casa OR lavoro: records 1, 2, 3, 5.
    expect(answer.facets.tema.get('lavoro')).toEqual({ count: 4, ticked: false });
    expect(answer.facets.tema.get('governance')).toEqual({ count: 4, ticked: false });
    expect(answer.facets.tema.get('casa')).toEqual({ count: 3, ticked: true });
    // Other facets count within the current results.
    expect(answer.facets.regione.get('sicilia')).toEqual({ count: 2, ticked: false });
    expect(answer.facets.regione.has('italia')).toBe(false);
  });

  it('matches a brute-force count for every value of every facet, whatever is ticked', async () => {
    const value = fc.constantFrom('a', 'b', 'c', 'd');
    const record = fc.record({ tipo: fc.uniqueArray(value, { maxLength: 2 }), tema: fc.uniqueArray(value, { maxLength: 3 }), anno: fc.uniqueArray(value, { maxLength: 2 }) });
    const ticks = fc.record({ tipo: fc.uniqueArray(value, { maxLength: 2 }), tema: fc.uniqueArray(value, { maxLength: 3 }), anno: fc.uniqueArray(value, { maxLength: 1 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 30 }), ticks, async (all, ticked) => {
        const filters = Object.fromEntries(Object.entries(ticked).filter(([, v]) => v.length)) as SearchFilters;
        const { search, matches } = memoryEngine(all);
        const current = state(filters);
        const answer = await facetedCounts(current, search);
        expect(answer.total).toBe(matches(filters).length);
        for (const facet of FACETS) {
          for (const [v, { count, ticked: isTicked }] of answer.facets[facet]) {
            const expected = isTicked
              ? matches(filters).filter((r) => r[facet]?.includes(v)).length
              : matches(toggleValue(current, facet, v, true).filters).length;
            expect(count, `${facet}=${v}`).toBe(expected);
          }
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('does not offer other values of a fixed facet', async () => {
    const { search } = memoryEngine(records);
    const answer = await facetedCounts(state({ tipo: ['pratica'], tema: ['casa'] }), search, { tipo: ['pratica'] });
    expect([...answer.facets.tipo.keys()]).toEqual(['pratica']);
  });
});

describe('when nothing matches', () => {
  it('proposes clearing the facet that gives back the most results', async () => {
    const { search } = memoryEngine(records);
    const relaxation = await bestRelaxation(state({ tema: ['governance'], regione: ['sicilia'], tipo: ['progetto'] }), search);
    // Without tipo: records 5 (governance, sicilia) → 1; without regione: record 4 → 1; without tema: none.
    expect(relaxation?.total).toBe(1);
    // Without regione: lavoro → 2; without tema: italia → 1.
    const wider = await bestRelaxation(state({ tema: ['lavoro'], regione: ['italia'] }), search);
    expect(wider).toEqual({ facet: 'regione', total: 2 });
  });

  it('never proposes clearing a fixed facet, and proposes nothing when no clearing helps', async () => {
    const { search } = memoryEngine(records);
    expect(await bestRelaxation(state({ tipo: ['pratica'], regione: ['italia'] }), search, { tipo: ['pratica'] })).toEqual({ facet: 'regione', total: 4 });
    expect(await bestRelaxation(state({ tema: ['assente'] }), memoryEngine([]).search)).toBeUndefined();
  });
});

describe('the count beside a value no result holds', () => {
  it('is the current total in a facet with ticked values (ticking it changes nothing), zero elsewhere', async () => {
    const { search } = memoryEngine(records);
    const answer = await facetedCounts(state({ tema: ['casa'] }), search);
    expect(countOf(answer, 'tema', 'partecipazione')).toBe(3);
    expect(countOf(answer, 'regione', 'molise')).toBe(0);
  });
});
