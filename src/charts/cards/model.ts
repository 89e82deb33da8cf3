import { formatSourceShort } from '../../i18n/sourceText';
import { getFigure, getSource } from '../../data';
import { formatFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';

/** One large number card. */
export interface Card {
  id: string;
  value: string;
  kind: string;
  source: string;
}

/** Pure model of the figure-card graphic: the given figures, formatted for the locale. */
export function buildCardsModel(figureIds: string[], locale: Locale): Card[] {
  return figureIds.map((id) => {
    const fig = getFigure(id);
    const src = getSource(fig.sources[0]!);
    return {
      id,
      value: formatFigure(fig, locale, { qualifier: 'symbol' }),
      kind: t(locale, `figure.kind.${fig.kind}`),
      source: formatSourceShort(src, locale),
    };
  });
}
