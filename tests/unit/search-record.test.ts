import { describe, expect, it } from 'vitest';
import { documentRecord, partnerRecord, practiceRecord, projectRecord, territoryRecord, yearsOf } from '../../src/lib/search/record.ts';
import { searchableQuery } from '../../src/lib/search/query.ts';
import { isActive, parseState, stateToQuery, toggleValue } from '../../src/lib/search/state.ts';
import { SITE } from '../support/broken-tree.ts';
import { catalogOfTree } from '../support/catalog-builder.ts';

const catalog = catalogOfTree(SITE);
const get = <T>(map: ReadonlyMap<string, T>, id: string) => map.get(id) ?? expect.unreachable(`no ${id}`);

describe('what the index knows of an entry', () => {
  it('counts a practice in Palermo under Sicilia, and one in Italy as a whole under national scope', () => {
    expect(practiceRecord(catalog, get(catalog.practices, 'pratica-casa'), 'it').filters.regione).toEqual(['sicilia']);
    expect(practiceRecord(catalog, get(catalog.practices, 'pratica-nazionale'), 'it').filters.regione).toEqual(['italia']);
    expect(projectRecord(catalog, get(catalog.projects, 'progetto-prova'), 'it').filters.regione).toEqual(['lazio', 'sicilia']);
  });

  it('gives a practice without a period the years of its project, and the fund of its project', () => {
    const record = practiceRecord(catalog, get(catalog.practices, 'pratica-casa'), 'it');
    expect(record.filters).toMatchObject({ tipo: ['pratica'], tema: ['casa'], fondo: ['fami-2014-2020'], evidenza: ['declared'], anno: ['2019', '2020', '2021'] });
    expect(record.meta).toEqual({ tipo: 'pratica', territorio: 'Palermo', sommario: "Una pratica fittizia sull'inserimento abitativo a Palermo." });
    expect(practiceRecord(catalog, get(catalog.practices, 'pratica-casa'), 'en').meta.sommario).toBe('A fictitious practice on housing in Palermo.');
  });

  it('finds a partner by the themes and funds of its projects, and a territory by what was done in it', () => {
    expect(partnerRecord(catalog, get(catalog.partners, 'comune-beta'), 'it').filters).toMatchObject({ tipo: ['partner'], fondo: ['fami-2014-2020', 'fondo-prova'], regione: ['lazio'] });
    expect(territoryRecord(catalog, get(catalog.territories, 'lazio'), 'it').filters.tema).toEqual(['casa', 'governance', 'lavoro']);
    expect(documentRecord(catalog, get(catalog.documents, 'documento-prova'), 'it').filters).toMatchObject({ tipo: ['documento'], fondo: ['fami-2014-2020'] });
  });

  it('dates an entry by its start, at the precision known, and marks undated entries to sort last', () => {
    expect(partnerRecord(catalog, get(catalog.partners, 'ente-alfa'), 'it').date).toBe('0000');
    expect(projectRecord(catalog, get(catalog.projects, 'progetto-lavoro'), 'it').date).toBe('2022-03');
  });
});

describe('years a period touches', () => {
  it('lists every calendar year from start to end, the start alone when the end is unknown', () => {
    expect(yearsOf({ start: { year: 2019 }, end: { year: 2021, month: 6 } })).toEqual(['2019', '2020', '2021']);
    expect(yearsOf({ start: { year: 2022, month: 3 } })).toEqual(['2022']);
    expect(yearsOf({ end: { year: 2020 } })).toEqual(['2020']);
    expect(yearsOf(undefined)).toEqual([]);
  });
});

describe('the URL of a search', () => {
  it('reads repeated keys as several values and writes them back in the panel order', () => {
    const state = parseState(new URLSearchParams('regione=sicilia&q=formazione&tema=casa&tema=lavoro&ordina=data&pagina=2&ignota=x'));
    expect(state).toEqual({ q: 'formazione', filters: { tema: ['casa', 'lavoro'], regione: ['sicilia'] }, order: 'data', page: 2 });
    expect(stateToQuery(state)).toBe('q=formazione&tema=casa&tema=lavoro&regione=sicilia&ordina=data&pagina=2');
  });

  it('ignores a page or an order it does not know, and keeps fixed facets out of the URL', () => {
    expect(parseState(new URLSearchParams('pagina=-3&ordina=caso'))).toEqual({ q: '', filters: {}, order: undefined, page: 1 });
    const fixed = { tipo: ['pratica'] };
    const state = parseState(new URLSearchParams('tipo=progetto&tema=casa'), fixed);
    expect(state.filters).toEqual({ tipo: ['pratica'], tema: ['casa'] });
    expect(stateToQuery(state, fixed)).toBe('tema=casa');
  });

  it('goes back to the first page when a filter changes', () => {
    const state = parseState(new URLSearchParams('tema=casa&pagina=3'));
    expect(toggleValue(state, 'tema', 'lavoro', true)).toMatchObject({ filters: { tema: ['casa', 'lavoro'] }, page: 1 });
    expect(toggleValue(state, 'tema', 'casa', false)).toMatchObject({ filters: {}, page: 1 });
  });
});

describe('a query too short to search', () => {
  it('searches nothing until a second character is typed, and then searches what was typed', () => {
    expect(searchableQuery('a')).toBe('');
    expect(isActive(parseState(new URLSearchParams('q=a')))).toBe(false);
    expect(searchableQuery('ab')).toBe('ab');
    expect(isActive(parseState(new URLSearchParams('q=ab')))).toBe(true);
    expect(isActive(parseState(new URLSearchParams('q=a&tema=casa')))).toBe(true);
  });
});
