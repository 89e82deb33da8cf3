import type { Source } from '../data/schema';
import { formatDate } from './format';
import type { Locale } from './locales';
import { optionalLabel, t } from './t';

/** The publisher as readers of this locale should see it (a localised label where the source has no name of its own). */
export function publisherName(source: Source, locale: Locale): string {
  return optionalLabel(locale, 'publishers', source.id) ?? source.publisher;
}

/** "Publisher, 19 June 2025" (or "…, undated"): the short citation used beside figures and charts. */
export function formatSourceShort(source: Source, locale: Locale): string {
  return `${publisherName(source, locale)}, ${source.date ? formatDate(source.date, locale) : t(locale, 'figure.undated')}`;
}
