/**
 * The practice feeds: every practice at `/feed.xml`, and those of one territory (with its
 * sub-territories, as on its page) or one theme at `/territori/<id>/feed.xml` and
 * `/temi/<id>/feed.xml`. Feeds are in Italian, the content's language, and English pages
 * link the same ones.
 */
import { assetPath, localized, pathTo, useTranslations } from '../../i18n/index.ts';
import type { Catalog, Practice } from '../catalog.ts';
import { territoryName } from '../labels.ts';
import { comparePartialDates } from '../partial-date.ts';
import { atomTimestamp, atomXml, type AtomEntry, type AtomFeed } from './atom.ts';

export type FeedScope = { kind: 'all' } | { kind: 'territory'; id: string } | { kind: 'theme'; id: string };

/**
 * Entries per feed, newest first. A feed tells subscribers what changed lately; it is not an
 * archive (the data downloads hold every practice), and a territory such as Italy would
 * otherwise carry the whole catalogue in every poll.
 */
export const FEED_LIMIT = 100;

/** Where a feed is served, under the site's base path. */
export function feedPath(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return assetPath('feed.xml');
    case 'territory':
      return `${pathTo('it', 'territories', scope.id)}feed.xml`;
    case 'theme':
      return `${pathTo('it', 'themes', scope.id)}feed.xml`;
  }
}

/** Most recently reviewed first; the same day orders by title, then id, so every build writes the same feed. */
function byReviewDesc(a: Practice, b: Practice): number {
  return comparePartialDates(b.data.lastReviewed, a.data.lastReviewed) || a.data.title.localeCompare(b.data.title, 'it') || a.id.localeCompare(b.id);
}

const newestFirst = new WeakMap<Catalog, { rank: Map<string, number>; newest: Practice | undefined }>();

/**
 * Every practice's place in the newest-first order, sorted once per catalogue: each feed then
 * orders its practices by number, which keeps hundreds of territory feeds cheap at 10,000 practices.
 */
function reviewOrder(catalog: Catalog) {
  let order = newestFirst.get(catalog);
  if (!order) {
    const sorted = [...catalog.practices.values()].sort(byReviewDesc);
    order = { rank: new Map(sorted.map((p, i) => [p.id, i])), newest: sorted[0] };
    newestFirst.set(catalog, order);
  }
  return order;
}

/**
 * When an empty feed was last current: the newest review in the whole catalogue (a catalogue
 * without practices has no date at all, so the epoch stands in).
 */
function catalogUpdated(catalog: Catalog): string {
  const { newest } = reviewOrder(catalog);
  return newest ? atomTimestamp(newest.data.lastReviewed) : '1970-01-01T00:00:00Z';
}

function entryOf(catalog: Catalog, site: URL | string | undefined, practice: Practice): AtomEntry {
  const d = practice.data;
  const page = new URL(pathTo('it', 'practices', practice.id), site).href;
  return {
    id: page,
    title: d.title,
    // `lastReviewed` is the only change date the content has: an editor sets it when the
    // entry is checked against its sources, which is when its facts may have changed.
    updated: atomTimestamp(d.lastReviewed),
    links: [
      { rel: 'alternate', type: 'text/html', hreflang: 'it', href: page },
      { rel: 'alternate', type: 'text/html', hreflang: 'en', href: new URL(pathTo('en', 'practices', practice.id), site).href },
    ],
    summary: d.summary,
    categories: d.themes.map((theme) => {
      const term = catalog.taxonomies.themes.get(theme.id);
      return { term: theme.id, scheme: new URL(pathTo('it', 'themes'), site).href, ...(term ? { label: localized(term.label, 'it') } : {}) };
    }),
  };
}

/** The practices a feed lists, newest first, at most FEED_LIMIT. */
export function feedPractices(catalog: Catalog, scope: FeedScope): Practice[] {
  const all =
    scope.kind === 'all' ? [...catalog.practices.values()] : scope.kind === 'territory' ? [...catalog.practicesIn(scope.id)] : [...catalog.practicesWith('themes', scope.id)];
  const { rank } = reviewOrder(catalog);
  return all.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).slice(0, FEED_LIMIT);
}

export function practiceFeed(catalog: Catalog, site: URL | string | undefined, scope: FeedScope): AtomFeed {
  const t = useTranslations('it');
  const absolute = (path: string) => new URL(path, site).href;
  let title: string;
  let page: string;
  switch (scope.kind) {
    case 'all':
      title = t('feed.title.all');
      page = pathTo('it', 'home');
      break;
    case 'territory': {
      const territory = catalog.territories.get(scope.id);
      title = t('feed.title.territory', { name: territory ? territoryName(territory, 'it') : scope.id });
      page = pathTo('it', 'territories', scope.id);
      break;
    }
    case 'theme': {
      const theme = catalog.taxonomies.themes.get(scope.id);
      title = t('feed.title.theme', { name: theme ? localized(theme.label, 'it') : scope.id });
      page = pathTo('it', 'themes', scope.id);
      break;
    }
  }
  const entries = feedPractices(catalog, scope).map((practice) => entryOf(catalog, site, practice));
  const self = absolute(feedPath(scope));
  return {
    id: self,
    title: `${t('site.name')} – ${title}`,
    updated: entries[0]?.updated ?? catalogUpdated(catalog),
    lang: 'it',
    links: [
      { rel: 'self', type: 'application/atom+xml', href: self },
      { rel: 'alternate', type: 'text/html', href: absolute(page) },
    ],
    author: { name: t('site.name'), uri: absolute(pathTo('it', 'home')) },
    entries,
  };
}

export const practiceFeedXml = (catalog: Catalog, site: URL | string | undefined, scope: FeedScope): string => atomXml(practiceFeed(catalog, site, scope));
