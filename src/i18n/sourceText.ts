import type { Source } from '../data/schema';
import type { Figure } from '../data/types';
import { formatDate } from './format';
import type { Locale } from './locales';
import { optionalLabel, t } from './t';

/** The publisher as readers of this locale should see it (a localised label where the source has no name of its own). */
export function publisherName(source: Source, locale: Locale): string {
  return optionalLabel(locale, 'publishers', source.id) ?? source.publisher;
}

/**
 * A figure's as-of date as a chart prints it beside the figure. Where none of its sources carries a
 * date, the date is only the year the page is placed in, so it reads "around 2024" ("2024년경").
 * A target's date is the year it is set for, exact whatever its source: "2030".
 */
export function formatAsOf(figure: Figure, sources: readonly Source[], locale: Locale, { yearOnly = false } = {}): string {
  const date = formatDate(yearOnly ? figure.asOf.slice(0, 4) : figure.asOf, locale);
  const undated = sources.length > 0 && sources.every((s) => !s.date);
  return undated && figure.kind !== 'target' ? t(locale, 'figure.around', { date }) : date;
}

/** "Publisher, 19 June 2025" (or "…, undated"): the short citation used beside figures and charts. */
export function formatSourceShort(source: Source, locale: Locale): string {
  return `${publisherName(source, locale)}, ${source.date ? formatDate(source.date, locale) : t(locale, 'figure.undated')}`;
}

/**
 * The sources named beside a figure in the text: the first source of a published figure (its
 * note lists the rest), and every source of a derived one, which no publisher stated: it is
 * computed from figures those sources give (labelled "Derived from", not "Source").
 */
export function figureSourceLine(
  figure: Pick<Figure, 'kind' | 'sources'>,
  locale: Locale,
  getSource: (id: string) => Source,
): { derived: boolean; label: string; sources: string[] } {
  const derived = figure.kind === 'derived';
  const ids = derived ? figure.sources : figure.sources.slice(0, 1);
  return { derived, label: t(locale, derived ? 'figure.derivedFrom' : 'figure.source'), sources: ids.map((id) => formatSourceShort(getSource(id), locale)) };
}

/** "Source: A" or "Sources: A; B" (or another label), for short source texts (formatSourceShort). */
export function labelledSources(texts: string[], locale: Locale, label = t(locale, texts.length > 1 ? 'figure.sources' : 'figure.source')): string {
  return `${label}: ${texts.join('; ')}`;
}

/** The language a source's title is written in, for its `lang` attribute. */
export function titleLanguage(source: Source): string {
  return source.titleLanguage ?? source.language;
}
