/**
 * What the quality checks read from a page: every address it points to (links, assets,
 * forms), every id a fragment can land on, and the links that leave the site. Parsed with
 * htmlparser2, so attributes are read as a browser reads them (entities decoded, any quoting).
 */
import { Parser } from 'htmlparser2';

export interface PageReference {
  /** Element and attribute the address comes from, e.g. `a[href]`, `img[srcset]`. */
  from: string;
  url: string;
}

export interface ParsedPage {
  references: PageReference[];
  ids: Set<string>;
  /** `<a>` elements whose href is an absolute http(s) address, with their `rel`. */
  absoluteLinks: { href: string; rel: string }[];
}

/** Attributes holding one address, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
  image: ['href'],
};

/** Addresses in a `srcset`: the first word of each comma-separated candidate. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

export function parsePage(html: string): ParsedPage {
  const references: PageReference[] = [];
  const ids = new Set<string>();
  const absoluteLinks: ParsedPage['absoluteLinks'] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) ids.add(attributes.id);
        // Old-style named anchors are fragment targets too.
        if (name === 'a' && attributes.name !== undefined) ids.add(attributes.name);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) references.push({ from: `${name}[${attribute}]`, url: value.trim() });
        }
        if (attributes.srcset !== undefined) for (const url of srcsetUrls(attributes.srcset)) references.push({ from: `${name}[srcset]`, url });
        if (name === 'a' && attributes.href && /^https?:\/\//i.test(attributes.href)) absoluteLinks.push({ href: attributes.href, rel: attributes.rel ?? '' });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { references, ids, absoluteLinks };
}
