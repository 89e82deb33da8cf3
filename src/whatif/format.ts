/**
 * Number formatting for the what-if in the browser, without the i18n dictionaries: the same Intl
 * settings as src/i18n/format.ts (compact money with three significant digits, grouped), with the
 * unit template handed over by the component ("USD {n}", "{n} USD", "{n} 달러").
 */

import { koreanParts } from '../i18n/koreanParts';

/** Money in the locale's large-number words: "USD 30.2 million", "30,2 triệu USD", "3,020만 달러", "1억5,100만 달러". */
export function formatMoney(value: number, intl: string, template: string): string {
  const n =
    intl.startsWith('ko') && Math.abs(value) >= 1e8
      ? koreanParts(value, 3)
      : Math.abs(value) >= 1e6
        ? new Intl.NumberFormat(intl, { notation: 'compact', compactDisplay: 'long', useGrouping: 'always', maximumSignificantDigits: 3 }).format(value)
        : new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(value);
  return template.replace('{n}', n);
}

/** A plain number with at most `digits` fraction digits, in the locale's format. */
export function formatPlain(value: number, intl: string, digits = 1, template = '{n}'): string {
  return template.replace('{n}', new Intl.NumberFormat(intl, { maximumFractionDigits: digits }).format(value));
}
