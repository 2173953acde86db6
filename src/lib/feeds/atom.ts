/**
 * An Atom 1.0 (RFC 4287) writer: a feed and its entries as plain data in, a well-formed
 * document out. It writes entries in the order given; choosing and sorting them is the caller's.
 */
import { bounds, type PartialDate } from '../partial-date.ts';
import { escapeXml, xmlAttributes } from '../xml.ts';

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
  hreflang?: string;
  title?: string;
}

export interface AtomCategory {
  term: string;
  label?: string;
  /** IRI of the vocabulary the term belongs to. */
  scheme?: string;
}

export interface AtomEntry {
  /** A permanent IRI: the entry's canonical page. */
  id: string;
  title: string;
  /** RFC 3339 timestamp. */
  updated: string;
  /** RFC 3339 timestamp; left out when the first publication is not known. */
  published?: string;
  summary?: string;
  links: AtomLink[];
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339 timestamp. */
  updated: string;
  /** Language of the feed's text (`xml:lang`). */
  lang?: string;
  /** Should hold a `self` link (the feed's own address) and an `alternate` one (the page it follows). */
  links: AtomLink[];
  /** Author of every entry (RFC 4287 lets the feed's author stand for its entries'). */
  author: { name: string; uri?: string };
  entries: AtomEntry[];
}

/**
 * The RFC 3339 timestamp Atom requires, for a date known only to the year, month or day:
 * the first instant it may stand for (`2021-07` → `2021-07-01T00:00:00Z`), so a partial date
 * never claims a change later than the source allows.
 */
export function atomTimestamp(date: PartialDate): string {
  return `${bounds(date).first}T00:00:00Z`;
}

const element = (name: string, text: string, attributes: Record<string, string | undefined> = {}) =>
  `<${name}${xmlAttributes(attributes)}>${escapeXml(text)}</${name}>`;

const link = (l: AtomLink) => `<link${xmlAttributes({ rel: l.rel, type: l.type, hreflang: l.hreflang, title: l.title, href: l.href })}/>`;

function entryXml(entry: AtomEntry): string {
  const parts = [
    element('id', entry.id),
    element('title', entry.title, { type: 'text' }),
    element('updated', entry.updated),
    ...(entry.published ? [element('published', entry.published)] : []),
    ...entry.links.map(link),
    ...(entry.summary ? [element('summary', entry.summary, { type: 'text' })] : []),
    ...(entry.categories ?? []).map((c) => `<category${xmlAttributes({ term: c.term, scheme: c.scheme, label: c.label })}/>`),
  ];
  return `  <entry>\n    ${parts.join('\n    ')}\n  </entry>\n`;
}

export function atomXml(feed: AtomFeed): string {
  const author = `<author>${element('name', feed.author.name)}${feed.author.uri ? element('uri', feed.author.uri) : ''}</author>`;
  const head = [
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, { type: 'text' })] : []),
    element('updated', feed.updated),
    ...feed.links.map(link),
    author,
  ];
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom"${xmlAttributes({ 'xml:lang': feed.lang })}>\n` +
    `  ${head.join('\n  ')}\n` +
    feed.entries.map(entryXml).join('') +
    '</feed>\n'
  );
}
