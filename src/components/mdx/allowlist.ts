/**
 * What an entry's body may contain besides Markdown: the components of this folder (MDX only)
 * and a set of harmless HTML elements. `npm run check` reports anything else (see
 * `src/lib/content/body-safety.ts`); README.md in this folder documents the same lists for editors.
 */

export interface ComponentAttribute {
  name: string;
  required: boolean;
  description: string;
  /** The only values accepted, when the attribute is a choice. */
  values?: readonly string[];
}

export interface AllowedComponent {
  name: string;
  description: string;
  /** Whether text goes between the opening and closing tag (`<Quote>…</Quote>`) or the tag stands alone (`<KeyFigure … />`). */
  content: 'required' | 'none';
  attributes: readonly ComponentAttribute[];
}

export const MDX_COMPONENTS = [
  {
    name: 'Callout',
    description: 'A highlighted note or warning set apart from the text.',
    content: 'required',
    attributes: [
      { name: 'type', required: true, description: 'what kind of note: "note" (information) or "warning" (something to watch out for)', values: ['note', 'warning'] },
      { name: 'title', required: false, description: 'a short heading shown above the note (default "Nota" or "Attenzione")' },
    ],
  },
  {
    name: 'KeyFigure',
    description: 'A figure worth highlighting, with what it counts.',
    content: 'none',
    attributes: [
      { name: 'value', required: true, description: 'the figure as it should be read, e.g. "120" or "3,5 milioni €"' },
      { name: 'label', required: true, description: 'what the figure counts, e.g. "operatori formati"' },
      { name: 'source', required: false, description: 'where the figure comes from, e.g. "relazione finale 2021"' },
    ],
  },
  {
    name: 'Quote',
    description: 'A quotation, with who said or wrote it.',
    content: 'required',
    attributes: [{ name: 'by', required: false, description: 'who said or wrote it, e.g. "un’operatrice del centro"' }],
  },
] as const satisfies readonly AllowedComponent[];

export type ComponentName = (typeof MDX_COMPONENTS)[number]['name'];

export const COMPONENT_NAMES: readonly ComponentName[] = MDX_COMPONENTS.map((component) => component.name);

/**
 * HTML elements a body may use (raw HTML in `.md`, lowercase tags in `.mdx`): text-level
 * markup, lists, tables, images and disclosure boxes. Everything else is refused, notably what
 * can run code, load another page or restyle the site: script, noscript, style, link, meta,
 * base, iframe, frame, frameset, object, embed, video, audio, canvas, svg, math, template,
 * form and its controls (input, button, select, textarea…).
 */
export const HTML_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
