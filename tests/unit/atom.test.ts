/**
 * The Atom writer and the practice feeds: well-formed XML whatever the text holds, timestamps
 * from partial dates, newest practices first, a territory's feed rolling up its sub-territories.
 */
import { describe, expect, it } from 'vitest';
import { atomTimestamp, atomXml, type AtomFeed } from '../../src/lib/feeds/atom.ts';
import { FEED_LIMIT, feedPath, feedPractices, practiceFeed, practiceFeedXml } from '../../src/lib/feeds/practices.ts';
import { escapeXml } from '../../src/lib/xml.ts';
import { readAtom } from '../support/atom-reader.ts';
import { makeCatalog, rawPractice } from '../support/catalog-builder.ts';

const SITE = 'https://atlante.example';
const TRICKY = `Casa & lavoro <b>"subito"</b> l'altro > prima`;

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: `${SITE}/feed.xml`,
  title: 'Feed',
  updated: '2026-01-01T00:00:00Z',
  links: [{ rel: 'self', href: `${SITE}/feed.xml`, type: 'application/atom+xml' }],
  author: { name: 'Atlante' },
  entries: [],
  ...over,
});

describe('XML text', () => {
  it('escapes & < > and both quotes', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('drops characters XML 1.0 forbids and keeps the rest, emoji included', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\uDC00g\tx\ny 🏠')).toBe('abcdefg\tx\ny 🏠');
  });
});

describe('the Atom writer', () => {
  it('writes titles, summaries, links and categories that parse back to the same text', () => {
    const xml = atomXml(
      feed({
        title: TRICKY,
        entries: [
          {
            id: `${SITE}/pratiche/a/?x=1&y=2`,
            title: TRICKY,
            updated: '2026-01-01T00:00:00Z',
            summary: `${TRICKY}\u0001`,
            links: [{ rel: 'alternate', type: 'text/html', href: `${SITE}/pratiche/a/?x=1&y="2"` }],
            categories: [{ term: 'casa & co', label: `"Casa" <e> 'abitare'`, scheme: `${SITE}/temi/` }],
          },
        ],
      }),
    );
    const read = readAtom(xml);
    expect(read.title).toBe(TRICKY);
    expect(read.author).toBe('Atlante');
    const [entry] = read.entries;
    expect(entry).toMatchObject({
      id: `${SITE}/pratiche/a/?x=1&y=2`,
      title: TRICKY,
      summary: TRICKY,
      links: [{ rel: 'alternate', href: `${SITE}/pratiche/a/?x=1&y="2"` }],
      categories: [{ term: 'casa & co', label: `"Casa" <e> 'abitare'`, scheme: `${SITE}/temi/` }],
    });
  });

  it('leaves out published unless it is known', () => {
    const entry = { id: 'urn:x', title: 'x', updated: '2026-01-01T00:00:00Z', links: [] };
    expect(atomXml(feed({ entries: [entry] }))).not.toContain('<published>');
    expect(readAtom(atomXml(feed({ entries: [{ ...entry, published: '2025-05-01T00:00:00Z' }] }))).entries[0]!.published).toBe('2025-05-01T00:00:00Z');
  });

  it('turns a partial date into the first instant it may stand for', () => {
    expect(atomTimestamp({ year: 2021 })).toBe('2021-01-01T00:00:00Z');
    expect(atomTimestamp({ year: 2021, month: 7 })).toBe('2021-07-01T00:00:00Z');
    expect(atomTimestamp({ year: 2021, month: 7, day: 2 })).toBe('2021-07-02T00:00:00Z');
  });
});

describe('practice feeds', () => {
  const catalog = makeCatalog({
    territories: {
      italia: { name: 'Italia', kind: 'country' },
      sicilia: { name: 'Sicilia', kind: 'region', istat: '19', parent: 'italia' },
      palermo: { name: 'Palermo', kind: 'municipality', istat: '082053', parent: 'sicilia' },
      lazio: { name: 'Lazio', kind: 'region', istat: '12', parent: 'italia' },
    },
    themes: [
      { id: 'casa', label: { it: 'Casa & abitare', en: 'Housing' } },
      { id: 'lavoro', label: { it: 'Lavoro', en: 'Work' } },
    ],
    practices: {
      vecchia: rawPractice({ title: 'Vecchia', territories: ['palermo'], lastReviewed: '2024' }),
      mese: rawPractice({ title: 'Del mese', territories: ['lazio'], themes: ['lavoro'], lastReviewed: '2025-03' }),
      giorno: rawPractice({ title: 'Del giorno', territories: ['sicilia'], lastReviewed: '2025-03-15' }),
      'stesso-giorno-b': rawPractice({ title: 'B stesso giorno', territories: ['palermo'], themes: ['casa', 'lavoro'], lastReviewed: '2025-06-01' }),
      'stesso-giorno-a': rawPractice({ title: 'A stesso giorno', territories: ['lazio'], lastReviewed: '2025-06-01', summary: 'Sintesi & <dettagli>.' }),
    },
  });
  const ids = (scope: Parameters<typeof feedPractices>[1]) => feedPractices(catalog, scope).map((p) => p.id);

  it('lists practices newest review first, same-day ones by title', () => {
    expect(ids({ kind: 'all' })).toEqual(['stesso-giorno-a', 'stesso-giorno-b', 'giorno', 'mese', 'vecchia']);
    expect(readAtom(practiceFeedXml(catalog, SITE, { kind: 'all' })).entries.map((e) => e.id)).toEqual(ids({ kind: 'all' }).map((id) => `${SITE}/pratiche/${id}/`));
  });

  it('lists in a territory the practices of the territories inside it', () => {
    expect(ids({ kind: 'territory', id: 'sicilia' })).toEqual(['stesso-giorno-b', 'giorno', 'vecchia']);
    expect(ids({ kind: 'territory', id: 'palermo' })).toEqual(['stesso-giorno-b', 'vecchia']);
    expect(ids({ kind: 'territory', id: 'italia' })).toHaveLength(5);
  });

  it('lists on a theme the practices about it', () => {
    expect(ids({ kind: 'theme', id: 'lavoro' })).toEqual(['stesso-giorno-b', 'mese']);
  });

  it('describes each practice by its canonical page, last review, summary and themes', () => {
    const read = readAtom(practiceFeedXml(catalog, SITE, { kind: 'theme', id: 'casa' }));
    expect(read).toMatchObject({
      id: `${SITE}/temi/casa/feed.xml`,
      title: "Atlante dell'inclusione – pratiche sul tema «Casa & abitare»",
      updated: '2025-06-01T00:00:00Z',
      lang: 'it',
      author: "Atlante dell'inclusione",
      links: [
        { rel: 'self', href: `${SITE}/temi/casa/feed.xml`, type: 'application/atom+xml' },
        { rel: 'alternate', href: `${SITE}/temi/casa/`, type: 'text/html' },
      ],
    });
    expect(read.entries[0]).toEqual({
      id: `${SITE}/pratiche/stesso-giorno-a/`,
      title: 'A stesso giorno',
      updated: '2025-06-01T00:00:00Z',
      published: undefined,
      summary: 'Sintesi & <dettagli>.',
      links: [
        { rel: 'alternate', type: 'text/html', hreflang: 'it', href: `${SITE}/pratiche/stesso-giorno-a/` },
        { rel: 'alternate', type: 'text/html', hreflang: 'en', href: `${SITE}/en/practices/stesso-giorno-a/` },
      ],
      categories: [{ term: 'casa', label: 'Casa & abitare', scheme: `${SITE}/temi/` }],
    });
    expect(readAtom(practiceFeedXml(catalog, SITE, { kind: 'all' })).entries.find((e) => e.title === 'Del mese')?.updated).toBe('2025-03-01T00:00:00Z');
  });

  it('dates an empty feed by the newest review in the catalogue', () => {
    const read = readAtom(practiceFeedXml(catalog, SITE, { kind: 'territory', id: 'palermo-vuota' }));
    expect(read.entries).toEqual([]);
    expect(read.updated).toBe('2025-06-01T00:00:00Z');
  });

  it(`keeps the newest ${FEED_LIMIT} practices of a larger set`, () => {
    const many = makeCatalog({
      practices: Object.fromEntries(Array.from({ length: FEED_LIMIT + 20 }, (_, i) => [`p${i}`, rawPractice({ title: `P ${i}`, lastReviewed: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` })])),
    });
    const entries = practiceFeed(many, SITE, { kind: 'all' }).entries;
    expect(entries).toHaveLength(FEED_LIMIT);
    expect(entries[0]!.updated).toBe('2025-01-28T00:00:00Z');
    expect(entries.at(-1)!.updated >= '2025-01-05T00:00:00Z').toBe(true);
  });

  it('serves feeds at the site root, and under each territory and theme page', () => {
    expect(feedPath({ kind: 'all' })).toBe('/feed.xml');
    expect(feedPath({ kind: 'territory', id: 'palermo' })).toBe('/territori/palermo/feed.xml');
    expect(feedPath({ kind: 'theme', id: 'casa' })).toBe('/temi/casa/feed.xml');
  });
});
