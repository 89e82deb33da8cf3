import { defaultLocale, localeCodes, type Locale } from './locales';

/** First of the browser's preferred languages that the site has ("ko-KR" → "ko"); else the default. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = localeCodes.find((c) => c === primary);
    if (match) return match;
  }
  return defaultLocale;
}
