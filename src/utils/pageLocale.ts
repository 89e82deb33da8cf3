import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

/** The locale of the page being rendered (from Astro.currentLocale), falling back to the default. */
export function pageLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : defaultLocale;
}
