/** The site's sections in navigation order, shared by header and footer. */
import type { Section, UiKey } from '../../i18n/index.ts';

export const NAV_SECTIONS: readonly { section: Section; key: UiKey }[] = [
  { section: 'practices', key: 'nav.practices' },
  { section: 'projects', key: 'nav.projects' },
  { section: 'territories', key: 'nav.territories' },
  { section: 'map', key: 'nav.map' },
  { section: 'partners', key: 'nav.partners' },
  { section: 'documents', key: 'nav.documents' },
  { section: 'themes', key: 'nav.themes' },
  { section: 'network', key: 'nav.network' },
  { section: 'statistics', key: 'nav.statistics' },
];
