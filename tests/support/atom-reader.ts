/**
 * Reads an Atom document the way a strict feed reader would: a conforming XML parser
 * (@rgrove/parse-xml throws on anything not well-formed), then the RFC 4287 rules a reader
 * relies on (the Atom namespace, id, title and RFC 3339 `updated` on the feed and every entry,
 * an author for every entry). Throws with the rule broken.
 */
import { parseXml, XmlElement } from '@rgrove/parse-xml';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface AtomLinkRead {
  rel: string;
  href: string;
  type?: string | undefined;
  hreflang?: string | undefined;
}

export interface AtomEntryRead {
  id: string;
  title: string;
  updated: string;
  published?: string | undefined;
  summary?: string | undefined;
  links: AtomLinkRead[];
  categories: { term: string; label?: string | undefined; scheme?: string | undefined }[];
}

export interface AtomFeedRead extends Omit<AtomEntryRead, 'categories' | 'summary' | 'published'> {
  lang?: string | undefined;
  author?: string | undefined;
  entries: AtomEntryRead[];
}

/** Child elements of an element, optionally only those with the given name. */
export function children(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c instanceof XmlElement && (name === undefined || c.name === name));
}

function one(element: XmlElement, name: string, where: string): string {
  const found = children(element, name);
  if (found.length !== 1) throw new Error(`${where} has ${found.length} <${name}> elements, Atom wants exactly one`);
  return found[0]!.text;
}

function optional(element: XmlElement, name: string): string | undefined {
  return children(element, name)[0]?.text;
}

function timestamp(value: string, where: string): string {
  if (!RFC3339.test(value)) throw new Error(`${where}: "${value}" is not an RFC 3339 timestamp`);
  return value;
}

const links = (element: XmlElement): AtomLinkRead[] =>
  children(element, 'link').map((l) => ({ rel: l.attributes.rel ?? 'alternate', href: l.attributes.href ?? '', type: l.attributes.type, hreflang: l.attributes.hreflang }));

export function readAtom(xml: string): AtomFeedRead {
  const root = parseXml(xml).root;
  if (!root || root.name !== 'feed' || root.attributes.xmlns !== ATOM_NS) throw new Error('the root element is not an Atom <feed>');
  const author = children(root, 'author')[0];
  const entries = children(root, 'entry').map((entry, i): AtomEntryRead => {
    const where = `entry ${i + 1}`;
    if (!author && children(entry, 'author').length === 0) throw new Error(`${where} has no author, and neither has the feed`);
    const published = optional(entry, 'published');
    return {
      id: one(entry, 'id', where),
      title: one(entry, 'title', where),
      updated: timestamp(one(entry, 'updated', where), where),
      published: published === undefined ? undefined : timestamp(published, where),
      summary: optional(entry, 'summary'),
      links: links(entry),
      categories: children(entry, 'category').map((c) => ({ term: c.attributes.term ?? '', label: c.attributes.label, scheme: c.attributes.scheme })),
    };
  });
  return {
    id: one(root, 'id', 'the feed'),
    title: one(root, 'title', 'the feed'),
    updated: timestamp(one(root, 'updated', 'the feed'), 'the feed'),
    lang: root.attributes['xml:lang'],
    author: author ? one(author, 'name', 'the feed author') : undefined,
    links: links(root),
    entries,
  };
}
