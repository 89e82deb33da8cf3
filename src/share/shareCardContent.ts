import { getFigure } from '../data';
import { formatFigure } from '../i18n/format';
import { getLocaleInfo, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { ShareCardContent } from './shareCard';

/** Headline figures on the share card and at the top of the fact sheet: id and label key. */
export const headlineFigures = [
  { id: 'mou-capacity', label: 'factsheet.figures.capacity' },
  { id: 'mou-investment', label: 'factsheet.figures.investment' },
  { id: 'mou-banks-approached', label: 'factsheet.figures.banksApproached' },
] as const;

/** The localised text of a locale's share card; `localeUrl` is the absolute URL of the locale's story. */
export function buildShareCardContent(locale: Locale, localeUrl: string): ShareCardContent {
  return {
    lang: getLocaleInfo(locale).lang,
    eyebrow: t(locale, 'site.shortTitle'),
    title: t(locale, 'site.title'),
    figures: headlineFigures.map((h) => ({
      // Keep a number with its unit on one line ("20 MW", "200 triệu").
      value: formatFigure(getFigure(h.id), locale).replace(/(\d) (?=\S)/g, '$1\u00a0'),
      label: t(locale, h.label),
    })),
    tagline: t(locale, 'share.tagline'),
    address: localeUrl.replace(/^https?:\/\//, ''),
  };
}
