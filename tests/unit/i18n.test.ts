/** The two languages of the site: every interface text in both, and every page's address in the other one. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { alternatePath, listViewPath, localeFromPath, pathTo, useTranslations } from '../../src/i18n/index.ts';
import { it as itDictionary } from '../../src/i18n/it.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const itKeys = Object.keys(itDictionary).sort();
  const enKeys = Object.keys(en).sort();

  it('have the same keys in Italian and English', () => {
    expect(enKeys.filter((key) => !itKeys.includes(key))).toEqual([]);
    expect(itKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('have no empty text in either language', () => {
    const empty = [
      ...Object.entries(itDictionary).filter(([, text]) => !text.trim()).map(([key]) => `it:${key}`),
      ...Object.entries(en).filter(([, text]) => !text.trim()).map(([key]) => `en:${key}`),
    ];
    expect(empty).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const dictionaryEn: Record<string, string> = en;
    const mismatched = Object.entries(itDictionary)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(dictionaryEn[key] ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('fill placeholders and name the site in each language', () => {
    expect(useTranslations('it')('list.count', { n: 3 })).toBe('3 risultati');
    expect(useTranslations('it')('site.name')).toBe("Atlante dell'inclusione");
    expect(useTranslations('en')('nav.practices')).toBe('Practices');
  });
});

describe('pathTo', () => {
  it('gives the home pages', () => {
    expect(pathTo('it', 'home')).toBe('/');
    expect(pathTo('en', 'home')).toBe('/en/');
  });

  it('gives section listings with translated segments', () => {
    expect(pathTo('it', 'practices')).toBe('/pratiche/');
    expect(pathTo('en', 'practices')).toBe('/en/practices/');
    expect(pathTo('it', 'partners')).toBe('/partner/');
    expect(pathTo('en', 'partners')).toBe('/en/partners/');
    expect(pathTo('it', 'themes')).toBe('/temi/');
  });

  it('gives entry pages, keeping the id as it is', () => {
    expect(pathTo('it', 'practices', 'x')).toBe('/pratiche/x/');
    expect(pathTo('en', 'practices', 'x')).toBe('/en/practices/x/');
    expect(pathTo('it', 'territories', 'palermo')).toBe('/territori/palermo/');
    expect(pathTo('en', 'documents', 'documento-prova')).toBe('/en/documents/documento-prova/');
  });

  it('gives listing views in each language, the default view at the plain section address', () => {
    expect(listViewPath('it', 'practices', 'region', false)).toBe('/pratiche/vista/regione/');
    expect(listViewPath('en', 'practices', 'region', false)).toBe('/en/practices/view/region/');
    expect(listViewPath('en', 'practices', 'region', true)).toBe('/en/practices/');
  });
});

describe('alternatePath (the language switch)', () => {
  it('maps an Italian entry page to English and back', () => {
    expect(alternatePath('/pratiche/x/', 'en')).toBe('/en/practices/x/');
    expect(alternatePath('/en/practices/x/', 'it')).toBe('/pratiche/x/');
  });

  it('maps the home pages', () => {
    expect(alternatePath('/', 'en')).toBe('/en/');
    expect(alternatePath('/en/', 'it')).toBe('/');
  });

  it('maps every section', () => {
    const pairs = [
      ['/pratiche/', '/en/practices/'],
      ['/progetti/', '/en/projects/'],
      ['/territori/', '/en/territories/'],
      ['/partner/', '/en/partners/'],
      ['/documenti/', '/en/documents/'],
      ['/temi/', '/en/themes/'],
    ] as const;
    for (const [italian, english] of pairs) {
      expect(alternatePath(italian, 'en')).toBe(english);
      expect(alternatePath(english, 'it')).toBe(italian);
    }
  });

  it('translates listing views but never an entry id that looks like one', () => {
    expect(alternatePath('/pratiche/vista/regione/', 'en')).toBe('/en/practices/view/region/');
    expect(alternatePath('/en/practices/view/region/', 'it')).toBe('/pratiche/vista/regione/');
    expect(alternatePath('/progetti/titolo/', 'en')).toBe('/en/projects/titolo/');
  });

  it('stays on the page when asked for its own language', () => {
    expect(alternatePath('/pratiche/x/', 'it')).toBe('/pratiche/x/');
    expect(alternatePath('/en/practices/x/', 'en')).toBe('/en/practices/x/');
  });

  it('tells the page language from its address', () => {
    expect(localeFromPath('/en/practices/x/')).toBe('en');
    expect(localeFromPath('/en')).toBe('en');
    expect(localeFromPath('/pratiche/x/')).toBe('it');
    expect(localeFromPath('/entita/')).toBe('it');
  });
});
