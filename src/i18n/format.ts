import type { Figure } from '../data/types';
import { isRange } from '../data/types';
import type { Unit } from '../data/schema';
import { getLocaleInfo, type Locale } from './locales';
import { t } from './t';

/** How the qualifier (at least, about…) is written: words for prose, symbols for charts, or not at all. */
export type QualifierStyle = 'word' | 'symbol' | 'none';

export interface FormatOptions {
  qualifier?: QualifierStyle;
  /** Override the number of fraction digits shown. */
  digits?: number;
}

// Money is written with the locale's large-number words ("200 million", "200 triệu", "2억").
const compactUnits = new Set<Unit>(['USD', 'VND', 'KRW', 'USD/MW']);

function numberFormat(locale: Locale, unit: Unit, value: number, digits?: number): Intl.NumberFormat {
  const intl = getLocaleInfo(locale).intl;
  if (compactUnits.has(unit) && Math.abs(value) >= 1e6) {
    return new Intl.NumberFormat(intl, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: digits ?? 2,
    });
  }
  const defaultDigits = unit === 'ratio' ? 2 : unit === 'km' ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return new Intl.NumberFormat(intl, { maximumFractionDigits: digits ?? defaultDigits });
}

/** Formats a bare number for a locale, with the unit's conventions but no unit word. */
export function formatNumber(value: number, unit: Unit, locale: Locale, digits?: number): string {
  return numberFormat(locale, unit, value, digits).format(value);
}

/** Writes value (or range) with its unit in the locale's words. */
export function formatValue(
  value: number | { min: number; max: number },
  unit: Unit,
  locale: Locale,
  digits?: number,
): string {
  let n: string;
  if (typeof value === 'number') n = formatNumber(value, unit, locale, digits);
  else n = numberFormat(locale, unit, value.max, digits).formatRange(value.min, value.max);
  return t(locale, `units.${unit}`, { n });
}

/** Formats a figure for a locale: "at least 20 MW", "khoảng 200 triệu USD", "약 2억 달러". */
export function formatFigure(fig: Figure, locale: Locale, options: FormatOptions = {}): string {
  const value = formatValue(isRange(fig) ? { min: fig.min, max: fig.max } : fig.value, fig.unit, locale, options.digits);
  const style = options.qualifier ?? 'word';
  if (style === 'none') return value;
  return t(locale, `${style === 'word' ? 'qualifier' : 'qualifierSymbol'}.${fig.qualifier}`, { value });
}

/** Formats an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) for a locale. */
export function formatDate(iso: string, locale: Locale): string {
  const intl = getLocaleInfo(locale).intl;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = d ? 'long' : 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(intl, options).format(date);
}
