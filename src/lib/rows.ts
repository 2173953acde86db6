/**
 * Listing rows as HTML strings. A practice appears on dozens of pages (its territories and
 * their ancestors, themes, partners, listings, related practices); building its row once per
 * language and reusing the string keeps a 10,000-practice build within its time budget,
 * where rendering a component per row did not.
 */
import { pathTo, useTranslations, type Locale } from '../i18n/index.ts';
import type { EvidenceLevel } from '../schemas/practice.ts';
import type { Catalog, Practice, Project } from './catalog.ts';
import { projectLabel, termLabel, territoryName } from './labels.ts';
import { formatPeriod } from './partial-date.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `lang="it"` on Italian content shown on the English site, nothing on the Italian one. */
const contentLang = (locale: Locale) => (locale === 'en' ? ' lang="it"' : '');

export function evidenceBadgeHtml(locale: Locale, level: EvidenceLevel): string {
  const t = useTranslations(locale);
  return `<span class="badge evidence evidence-${level}" title="${escapeHtml(t(`evidence.${level}.help`))}">${escapeHtml(`${t('field.evidence')}: ${t(`evidence.${level}`)}`)}</span>`;
}

const practiceRows = new WeakMap<Catalog, Map<string, string>>();
const projectRows = new WeakMap<Catalog, Map<string, string>>();

function memo(store: WeakMap<Catalog, Map<string, string>>, catalog: Catalog, key: string, make: () => string): string {
  let cache = store.get(catalog);
  if (!cache) store.set(catalog, (cache = new Map()));
  let html = cache.get(key);
  if (html === undefined) cache.set(key, (html = make()));
  return html;
}

/** The inside of a practice's row: title link, then project, places, period and evidence. */
export function practiceRowHtml(catalog: Catalog, locale: Locale, practice: Practice): string {
  return memo(practiceRows, catalog, `${locale}:${practice.id}`, () => {
    const d = practice.data;
    const project = catalog.projects.get(d.project.id);
    const places = d.territories
      .map((t) => catalog.territories.get(t.id))
      .filter((t) => t !== undefined)
      .map((t) => territoryName(t, locale))
      .join(', ');
    const meta = [
      project ? `<span${contentLang(locale)}>${escapeHtml(project.data.acronym ?? project.data.title)}</span>` : '',
      places ? escapeHtml(places) : '',
      escapeHtml(formatPeriod(d.period, locale)),
      evidenceBadgeHtml(locale, d.evidence.level),
    ].filter(Boolean);
    return `<a href="${pathTo(locale, 'practices', practice.id)}"${contentLang(locale)}>${escapeHtml(d.title)}</a><span class="meta">${meta.join(' · ')}</span>`;
  });
}

/** A whole list of practices; `reasons` adds a line under a row (why it is listed). */
export function practiceListHtml(catalog: Catalog, locale: Locale, practices: readonly Practice[], reasons?: ReadonlyMap<string, string>): string {
  let html = '<ul class="row-list">';
  for (const practice of practices) {
    const reason = reasons?.get(practice.id);
    html += `<li>${practiceRowHtml(catalog, locale, practice)}${reason ? `<span class="meta">${escapeHtml(reason)}</span>` : ''}</li>`;
  }
  return `${html}</ul>`;
}

export function projectRowHtml(catalog: Catalog, locale: Locale, project: Project): string {
  return memo(projectRows, catalog, `${locale}:${project.id}`, () => {
    const t = useTranslations(locale);
    const d = project.data;
    const meta = [
      d.fund ? escapeHtml(termLabel(catalog, 'funds', d.fund.id, locale)) : '',
      escapeHtml(formatPeriod(d.period, locale)),
      `${catalog.practicesOfProject(project.id).length} ${escapeHtml(t('count.practices'))}`,
    ].filter(Boolean);
    return `<a href="${pathTo(locale, 'projects', project.id)}"${contentLang(locale)}>${escapeHtml(projectLabel(d))}</a><span class="meta">${meta.join(' · ')}</span>`;
  });
}

export function projectListHtml(catalog: Catalog, locale: Locale, projects: readonly Project[]): string {
  let html = '<ul class="row-list">';
  for (const project of projects) html += `<li>${projectRowHtml(catalog, locale, project)}</li>`;
  return `${html}</ul>`;
}
