import { getFigure } from '../data';
import { formatFigure } from './format';
import type { Locale } from './locales';
import { t } from './t';

/** The site's description with its capacity figure from the data module (used in meta tags, hero, deck cover). */
export function siteDescription(locale: Locale): string {
  return t(locale, 'site.description', { capacity: formatFigure(getFigure('mou-capacity'), locale) });
}
