import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import dataEn from './data/en.json' with { type: 'json' };
import dataKo from './data/ko.json' with { type: 'json' };
import dataVi from './data/vi.json' with { type: 'json' };
import type { Locale } from './locales';

/** UI strings, one file per locale; en.json is the reference shape. */
export type Dictionary = typeof en;
const ui: Record<Locale, Dictionary> = { vi, en, ko };

/** Per-locale labels for data (places, events, facilities, projects) and figure notes. */
export type DataLabels = Record<'notes' | 'places' | 'events' | 'facilities' | 'projects' | 'publishers', Record<string, string>>;
const dataLabels: Record<Locale, DataLabels> = { vi: dataVi, en: dataEn, ko: dataKo };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every dotted key of the UI dictionary, e.g. "story.next". */
export type UiKey = Leaves<Dictionary>;

function lookup(dict: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dict);
}

/** Fills {placeholders} in a template. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Translates a UI key for a locale; a missing key is a build error naming the file and key. */
export function t(locale: Locale, key: UiKey | string, vars?: Record<string, string | number>): string {
  const value = lookup(ui[locale], key);
  if (typeof value !== 'string') throw new Error(`src/i18n/${locale}.json: missing UI string "${key}"`);
  return fill(value, vars);
}

/** A data label (place name, event label, note…); missing labels fail the build naming file and key. */
export function label(locale: Locale, section: keyof DataLabels, id: string): string {
  const value = dataLabels[locale][section]?.[id];
  if (typeof value !== 'string')
    throw new Error(`src/i18n/data/${locale}.json: missing "${section}.${id}"`);
  return value;
}

/** A data label when one exists (used for optional overrides such as localised publisher names). */
export function optionalLabel(locale: Locale, section: keyof DataLabels, id: string): string | undefined {
  const value = dataLabels[locale][section]?.[id];
  return typeof value === 'string' ? value : undefined;
}

/** The raw dictionaries, for the locale-parity test. */
export const dictionaries = { ui, data: dataLabels };
