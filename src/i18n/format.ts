import type { Figure } from '../data/types';
import type { Unit } from '../data/schema';
import { getLocaleInfo, type Locale } from './locales';
import { fill, t } from './t';
import { koreanParts } from './koreanParts';

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
    // Three significant digits keep "USD 8.33 million" and "833만 달러" alike; grouping keeps "3,020만".
    return new Intl.NumberFormat(intl, {
      notation: 'compact',
      compactDisplay: 'long',
      useGrouping: 'always',
      ...(digits === undefined ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: digits }),
    });
  }
  // Areas in whole km², so the former provinces' areas (3,522 and 4,853) add up to the merged
  // province's as printed (8,375); with a decimal, rounding made them 0.1 apart.
  const defaultDigits = unit === 'ratio' ? 2 : unit === 'km' || unit === 'km2' ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return new Intl.NumberFormat(intl, { maximumFractionDigits: digits ?? defaultDigits });
}

/** Every digit a number holds: koreanParts then rounds nothing. */
const ALL_DIGITS = 16;

/**
 * Where Korean uses koreanParts, and with how many significant digits: money from 1억 up (three,
 * as the other languages' "1.31 billion"), and counts of people from 1만 up that are whole 만
 * ("10만", exact).
 */
function koreanPartsDigits(value: number, unit: Unit, locale: Locale, digits?: number): number | undefined {
  if (locale !== 'ko' || digits !== undefined) return undefined;
  const abs = Math.abs(value);
  if (compactUnits.has(unit) && abs >= 1e8) return 3;
  if (unit === 'people' && abs >= 1e4 && abs % 1e4 === 0) return ALL_DIGITS;
  return undefined;
}

/** Formats a bare number for a locale, with the unit's conventions but no unit word. */
export function formatNumber(value: number, unit: Unit, locale: Locale, digits?: number): string {
  const korean = koreanPartsDigits(value, unit, locale, digits);
  if (korean !== undefined) return koreanParts(value, korean);
  // Vietnamese says "thứ nhất", not "thứ 1"; other ranks keep their digits ("thứ 3").
  if (locale === 'vi' && unit === 'rank' && value === 1) return 'nhất';
  return numberFormat(locale, unit, value, digits).format(value);
}

/** The unit's template; in Korean a counter after a number word takes a space: "10만 명", as "2억 달러". */
function unitTemplate(locale: Locale, unit: Unit, n: string): string {
  const template = t(locale, `units.${unit}`);
  return locale === 'ko' && /[만억조]$/.test(n) ? template.replace(/\{n\}(?=[\uac00-\ud7af])/, '{n} ') : template;
}

/** Writes value (or range) with its unit in the locale's words. */
export function formatValue(
  value: number | { min: number; max: number },
  unit: Unit,
  locale: Locale,
  digits?: number,
): string {
  const n = typeof value === 'number' ? formatNumber(value, unit, locale, digits) : formatRangeNumber(value, unit, locale, digits);
  return fill(unitTemplate(locale, unit, n), { n });
}

/** Formats a figure for a locale: "at least 20 MW", "khoảng 200 triệu USD", "약 2억 달러". */
export function formatFigure(fig: Figure, locale: Locale, options: FormatOptions = {}): string {
  const raw = 'min' in fig ? { min: fig.min, max: fig.max } : fig.value;
  const style = options.qualifier ?? 'word';
  if (style === 'none') return formatValue(raw, fig.unit, locale, options.digits);
  const qualifier = t(locale, `${style === 'word' ? 'qualifier' : 'qualifierSymbol'}.${fig.qualifier}`);
  const unitWords = t(locale, `units.${fig.unit}`);
  // Korean puts a leading qualifier on the number when the unit wraps it: "MW당 약 1,000만 달러",
  // not "약 MW당 …"; trailing qualifiers ("… 이상") and other languages qualify the whole phrase.
  const inside =
    t(locale, 'format.qualifierInsideUnit') === 'yes' && !qualifier.startsWith('{value}') && !unitWords.startsWith('{n}');
  if (inside) {
    const n = isRange(raw) ? formatRangeNumber(raw, fig.unit, locale, options.digits) : formatNumber(raw, fig.unit, locale, options.digits);
    return fill(unitTemplate(locale, fig.unit, n), { n: fill(qualifier, { value: n }) });
  }
  return fill(qualifier, { value: formatValue(raw, fig.unit, locale, options.digits) });
}

function formatRangeNumber(range: { min: number; max: number }, unit: Unit, locale: Locale, digits?: number): string {
  if (koreanPartsDigits(range.max, unit, locale, digits) !== undefined)
    return `${formatNumber(range.min, unit, locale)}~${formatNumber(range.max, unit, locale)}`;
  const parts = numberFormat(locale, unit, range.max, digits).formatRangeToParts(range.min, range.max);
  // Intl puts a hyphen between Vietnamese range numbers ("17,5-18,8"); a range takes an en dash, as in English.
  return parts.map((p) => (locale === 'vi' && p.type === 'literal' && p.source === 'shared' && p.value.trim() === '-' ? '–' : p.value)).join('');
}

function isRange(v: number | { min: number; max: number }): v is { min: number; max: number } {
  return typeof v !== 'number';
}

/** The locale's decimal separator ("," in Vietnamese), for number fields a reader types in. */
export function decimalSeparator(locale: Locale): string {
  return new Intl.NumberFormat(getLocaleInfo(locale).intl).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** Formats an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) for a locale. */
export function formatDate(iso: string, locale: Locale): string {
  const intl = getLocaleInfo(locale).intl;
  const [y, m, d] = iso.split('-').map(Number);
  // Intl writes "19 tháng 6, 2025"; Vietnamese prose and official documents say "19 tháng 6 năm 2025".
  if (locale === 'vi') return [d && `${d}`, m && `tháng ${m}`, `năm ${y}`].filter(Boolean).join(' ').replace(/^năm /, '');
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = d ? 'long' : 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(intl, options).format(date);
}
