/**
 * The catalogue as readers meet it: which pages list an entry. Built, like the site, from the
 * entries that pass the checker on the fixture tree.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogOfTree } from '../support/catalog-builder.ts';
import { termLabel, territoryWithRegion } from '../../src/lib/labels.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { alternatePath } from '../../src/i18n/index.ts';

const SITE = join(import.meta.dirname, '../fixtures/site');
const temp = mkdtempSync(join(tmpdir(), 'atlante-catalog-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));


const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

/** A practice file for the fixture's project, varying only what the test is about. */
function practice(fields: { title: string; territories: string; themes: string; targetGroups: string }): string {
  return [
    '---',
    `title: ${fields.title}`,
    'summary: Una pratica fittizia aggiunta dal test.',
    'project: progetto-prova',
    `territories: [${fields.territories}]`,
    `themes: [${fields.themes}]`,
    `targetGroups: [${fields.targetGroups}]`,
    'interventionTypes: [formazione]',
    'evidence: { level: declared, note: Solo attività previste. }',
    'sources:',
    '  - title: Scheda di prova',
    'lastReviewed: 2026-11-23',
    '---',
    '',
  ].join('\n');
}

const catalog = catalogOfTree(SITE);

describe('territory tree', () => {
  it('lists the ancestors of Palermo up to Italy, for its breadcrumbs', () => {
    expect(ids(catalog.ancestors('palermo'))).toEqual(['palermo', 'citta-metropolitana-palermo', 'sicilia', 'italia']);
  });

  it('lists the regions under Italy', () => {
    expect(ids(catalog.childrenOf('italia'))).toEqual(['lazio', 'sicilia']);
  });

  it('finds the region a territory lies in (itself for a region, none for Italy)', () => {
    expect(catalog.regionOf('palermo')?.id).toBe('sicilia');
    expect(catalog.regionOf('citta-metropolitana-palermo')?.id).toBe('sicilia');
    expect(catalog.regionOf('lazio')?.id).toBe('lazio');
    expect(catalog.regionOf('italia')).toBeUndefined();
  });

  it('names a territory with its region, in the reader’s language', () => {
    expect(territoryWithRegion(catalog, 'palermo', 'it')).toBe('Palermo (Sicilia)');
    expect(territoryWithRegion(catalog, 'palermo', 'en')).toBe('Palermo (Sicily)');
    expect(territoryWithRegion(catalog, 'sicilia', 'en')).toBe('Sicily');
    expect(territoryWithRegion(catalog, 'italia', 'en')).toBe('Italy');
  });
});

describe('territory pages', () => {
  it('list a practice carried out in Palermo on the Sicilia page, but not on Lazio', () => {
    expect(ids(catalog.practicesIn('sicilia'))).toEqual(['pratica-casa']);
    expect(ids(catalog.practicesIn('lazio'))).toEqual(['pratica-lavoro', 'pratica-rete-lazio']);
  });

  it('list every practice on the Italia page', () => {
    expect(ids(catalog.practicesIn('italia'))).toEqual(['pratica-casa', 'pratica-lavoro', 'pratica-nazionale', 'pratica-rete-lazio']);
  });

  it('list a project working in two regions once on the Italia page', () => {
    expect(ids(catalog.projectsIn('italia'))).toEqual(['progetto-lavoro', 'progetto-prova']);
    expect(ids(catalog.projectsIn('sicilia'))).toEqual(['progetto-prova']);
  });

  it('list a partner based in Palermo under Sicilia', () => {
    expect(ids(catalog.partnersIn('sicilia'))).toEqual(['ente-alfa']);
    expect(ids(catalog.partnersIn('lazio'))).toEqual(['comune-beta']);
  });
});

describe('relations, both ways', () => {
  it('lists on a partner page the projects it leads or takes part in', () => {
    expect(ids(catalog.projectsOfPartner('ente-alfa'))).toEqual(['progetto-prova']);
    expect(ids(catalog.projectsOfPartner('comune-beta'))).toEqual(['progetto-lavoro', 'progetto-prova']);
  });

  it('lists on a partner page the practices it carried out or took part in', () => {
    expect(ids(catalog.practicesOfPartner('ente-alfa'))).toEqual(['pratica-casa']);
    expect(ids(catalog.practicesOfPartner('comune-beta'))).toEqual(['pratica-lavoro', 'pratica-rete-lazio']);
  });

  it('lists on a project page its practices and its documents', () => {
    expect(ids(catalog.practicesOfProject('progetto-prova'))).toEqual(['pratica-casa', 'pratica-lavoro', 'pratica-nazionale']);
    expect(ids(catalog.documentsOfProject('progetto-prova'))).toEqual(['documento-prova']);
  });

  it('lists on a document page the practices that use it', () => {
    expect(ids(catalog.practicesUsingDocument('documento-prova'))).toEqual(['pratica-casa']);
  });

  it('lists under a fund the practices of the projects it finances', () => {
    expect(ids(catalog.practicesWith('funds', 'fami-2014-2020'))).toEqual(['pratica-casa', 'pratica-lavoro', 'pratica-nazionale']);
    expect(ids(catalog.practicesWith('funds', 'fondo-prova'))).toEqual(['pratica-rete-lazio']);
  });

  it('lists under a theme every practice tagged with it', () => {
    expect(ids(catalog.practicesWith('themes', 'casa'))).toEqual(['pratica-casa', 'pratica-lavoro']);
    expect(ids(catalog.practicesWith('themes', 'lavoro'))).toEqual(['pratica-lavoro', 'pratica-nazionale']);
  });

  it('shows a term’s label, falling back to its id rather than an empty chip', () => {
    expect(termLabel(catalog, 'themes', 'casa', 'it')).toBe('Casa e abitare');
    expect(termLabel(catalog, 'themes', 'casa', 'en')).toBe('Housing');
    expect(termLabel(catalog, 'themes', 'non-esiste', 'en')).toBe('non-esiste');
  });
});

describe('related practices', () => {
  const dir = join(temp, 'related');
  cpSync(SITE, dir, { recursive: true });
  // Shares nothing with pratica-casa.
  writeFileSync(
    join(dir, 'practices/pratica-partecipazione.md'),
    practice({ title: 'Pratica sulla partecipazione', territories: 'lazio', themes: 'partecipazione', targetGroups: 'rom-sinti-caminanti' }),
  );
  // Shares only the target group with pratica-casa.
  writeFileSync(
    join(dir, 'practices/pratica-destinatari.md'),
    practice({ title: 'Pratica con gli stessi destinatari', territories: 'lazio', themes: 'genere', targetGroups: 'titolari-protezione-internazionale' }),
  );
  const related = catalogOfTree(dir);

  it('ranks a practice sharing a theme above one sharing only the target group', () => {
    expect(ids(related.relatedPractices('pratica-casa').map((r) => r.practice))).toEqual(['pratica-lavoro', 'pratica-destinatari']);
    expect(related.relatedPractices('pratica-casa')[0]).toMatchObject({ sharedThemes: ['casa'], sharedTargetGroups: ['titolari-protezione-internazionale'] });
  });

  it('never suggests a practice sharing nothing', () => {
    const shown = ids(related.relatedPractices('pratica-casa').map((r) => r.practice));
    expect(shown).not.toContain('pratica-partecipazione');
    expect(related.relatedPractices('pratica-partecipazione')).toEqual([]);
  });

  it('never suggests the practice itself', () => {
    for (const id of related.practices.keys()) {
      expect(ids(related.relatedPractices(id).map((r) => r.practice))).not.toContain(id);
    }
  });

  it('respects the number of suggestions asked for', () => {
    expect(related.relatedPractices('pratica-casa', 1)).toHaveLength(1);
  });
});

describe('the pages of the site', () => {
  const pages = sitePages(catalog);
  const urls = pages.map((p) => p.url);

  it('gives every entry a page in Italian and one in English, and no URL twice', () => {
    expect(new Set(urls).size).toBe(urls.length);
    for (const id of catalog.practices.keys()) expect(urls).toEqual(expect.arrayContaining([`/pratiche/${id}/`, `/en/practices/${id}/`]));
    for (const id of catalog.territories.keys()) expect(urls).toEqual(expect.arrayContaining([`/territori/${id}/`, `/en/territories/${id}/`]));
    expect(urls).toEqual(expect.arrayContaining(['/', '/en/', '/pratiche/vista/regione/', '/en/practices/view/region/', '/progetti/vista/titolo/']));
    expect(urls).toEqual(expect.arrayContaining(['/rete/', '/en/network/', '/statistiche/', '/en/statistics/', '/progetti/vista/tempo/', '/en/projects/view/timeline/']));
  });

  it('links each Italian page to an English page that exists, and back', () => {
    const known = new Set(urls);
    for (const url of urls) {
      const other = alternatePath(url, url.startsWith('/en/') ? 'it' : 'en');
      expect(known.has(other), `${url} → ${other}`).toBe(true);
    }
  });
});
