/** The site's languages, defined once: Astro's i18n config, the language picker and the tests import this. */
export const locales = [
  { code: 'vi', label: 'Tiếng Việt', short: 'VI', lang: 'vi', intl: 'vi-VN', ogLocale: 'vi_VN' },
  { code: 'en', label: 'English', short: 'EN', lang: 'en', intl: 'en-GB', ogLocale: 'en_GB' },
  { code: 'ko', label: '한국어', short: 'KO', lang: 'ko', intl: 'ko-KR', ogLocale: 'ko_KR' },
] as const;

export type Locale = (typeof locales)[number]['code'];
export const localeCodes = locales.map((l) => l.code) as Locale[];
export const defaultLocale: Locale = 'vi';

/** True when `value` names one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

/** The locale's metadata (label, Intl tag, Open Graph tag). */
export function getLocaleInfo(code: Locale) {
  const info = locales.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}
