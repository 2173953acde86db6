/**
 * The i18n module: one `t()` per locale, and the URL of every page in both languages.
 * Italian lives at `/` with Italian paths, English under `/en/` with English paths.
 */
import { en } from './en.ts';
import { it, type UiKey } from './it.ts';

export type Locale = 'it' | 'en';
export const LOCALES: readonly Locale[] = ['it', 'en'];
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { it, en };

/** A translator for one locale; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values?: Record<string, string | number>): string => {
    const text = dictionary[key];
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  };
}

/** Path segments of each section, per locale. */
export const SECTIONS = {
  practices: { it: 'pratiche', en: 'practices' },
  projects: { it: 'progetti', en: 'projects' },
  territories: { it: 'territori', en: 'territories' },
  partners: { it: 'partner', en: 'partners' },
  documents: { it: 'documenti', en: 'documents' },
  themes: { it: 'temi', en: 'themes' },
  contribute: { it: 'contribuisci', en: 'contribute' },
  map: { it: 'mappa', en: 'map' },
  data: { it: 'dati', en: 'data' },
  accessibility: { it: 'accessibilita', en: 'accessibility' },
  privacy: { it: 'privacy', en: 'privacy' },
  search: { it: 'cerca', en: 'search' },
  network: { it: 'rete', en: 'network' },
  statistics: { it: 'statistiche', en: 'statistics' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof SECTIONS;

/**
 * Where the site is served from: `/` by default, `/<repository>/` on GitHub Pages
 * (astro.config.mjs sets Astro's `base` from BASE_PATH). Outside Vite (scripts) it is `/`.
 */
// Written out in full so that Vite replaces `import.meta.env.BASE_URL` at build time; scripts
// running outside Vite (the build's file writer) read the same BASE_PATH the config does.
export const BASE_PATH = (import.meta.env === undefined ? process.env.BASE_PATH || '/' : import.meta.env.BASE_URL).replace(/\/?$/, '/');

const prefix = (locale: Locale) => (locale === 'it' ? BASE_PATH : `${BASE_PATH}en/`);

/** A path of the site without the base it is served under: `/atlante/pratiche/` → `/pratiche/`. */
export function withoutBase(pathname: string): string {
  return pathname.startsWith(BASE_PATH) ? `/${pathname.slice(BASE_PATH.length)}` : pathname;
}

/** A file of the site (under public/ or generated) at its served address: `favicon.svg` → `/atlante/favicon.svg`. */
export const assetPath = (file: string) => `${BASE_PATH}${file.replace(/^\//, '')}`;

/** URL of a section listing or of one entry: `/pratiche/`, `/en/practices/x/`. */
export function pathTo(locale: Locale, section: Section | 'home', id?: string): string {
  if (section === 'home') return prefix(locale);
  const base = `${prefix(locale)}${SECTIONS[section][locale]}/`;
  return id ? `${base}${id}/` : base;
}

/** The same page in the other language: maps `/pratiche/x/` ↔ `/en/practices/x/`. */
export function alternatePath(pathname: string, target: Locale): string {
  const segments = withoutBase(pathname).split('/').filter(Boolean);
  const source: Locale = segments[0] === 'en' ? 'en' : 'it';
  if (source === 'en') segments.shift();
  if (source === target) return pathname;
  const [first, ...rest] = segments;
  const section = (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][source] === first);
  const views = Object.values(LIST_VIEWS);
  const paged = rest.length >= 2 && rest.at(-2) === PAGE_SEGMENT[source] && /^\d+$/.test(rest.at(-1)!);
  const body = paged ? rest.slice(0, -2) : rest;
  const isView = body.length === 2 && body[0] === LIST_VIEWS.segment[source];
  const translatedBody = isView ? body.map((segment) => views.find((v) => v[source] === segment)?.[target] ?? segment) : body;
  const tail = paged ? [PAGE_SEGMENT[target], rest.at(-1)!] : [];
  const translated = section ? [SECTIONS[section][target], ...translatedBody, ...tail] : segments;
  const path = translated.length ? `${translated.join('/')}/` : '';
  return `${prefix(target)}${path}`;
}

export function localeFromPath(pathname: string): Locale {
  const path = withoutBase(pathname);
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'it';
}

/** The label of a taxonomy term or a name with an English variant, in the page's language. */
export function localized(text: { it: string; en?: string | undefined }, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text.it) : text.it;
}

/** Alternative views of a listing, as path segments: `/pratiche/vista/regione/`, `/en/practices/view/region/`. */
export const LIST_VIEWS = {
  segment: { it: 'vista', en: 'view' },
  theme: { it: 'tema', en: 'theme' },
  region: { it: 'regione', en: 'region' },
  date: { it: 'data', en: 'date' },
  title: { it: 'titolo', en: 'title' },
  timeline: { it: 'tempo', en: 'timeline' },
} as const;

export type ListView = Exclude<keyof typeof LIST_VIEWS, 'segment'>;

/** Path segment of a listing's further pages: `/pratiche/pagina/2/`, `/en/practices/page/2/`. */
export const PAGE_SEGMENT = { it: 'pagina', en: 'page' } as const satisfies Record<Locale, string>;

/** Address of page `page` (1-based) of a listing whose first page is at `path`. */
export const pagedPath = (path: string, locale: Locale, page: number) => (page <= 1 ? path : `${path}${PAGE_SEGMENT[locale]}/${page}/`);

/** URL of a listing in a given view; the section's default view lives at the plain section URL. */
export function listViewPath(locale: Locale, section: Section, view: ListView, isDefault: boolean): string {
  const base = pathTo(locale, section);
  return isDefault ? base : `${base}${LIST_VIEWS.segment[locale]}/${LIST_VIEWS[view][locale]}/`;
}

/** Where a document's PDF is served: `/documenti/files/name.pdf`, one address for both languages. */
export const attachmentPath = (file: string) => `${pathTo('it', 'documents')}${file}`;
