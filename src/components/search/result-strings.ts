/** The words a search result needs in the browser (src/client/search/results.ts), for the header box and the search panel alike. */
import type { useTranslations } from '../../i18n/index.ts';
import { ENTRY_TYPES } from '../../lib/search/record.ts';

export function resultStrings(t: ReturnType<typeof useTranslations>) {
  return {
    types: Object.fromEntries(ENTRY_TYPES.map((type) => [type, t(`search.type.${type}`)])),
    inSection: t('search.inSection'),
    pdfPage: t('search.pdfPage'),
    count: t('search.count'),
    countOne: t('search.count.one'),
    unavailable: t('search.unavailable'),
  };
}
