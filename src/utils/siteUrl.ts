import { siteConfig } from '../site.config';

/**
 * Absolute URLs of the site's pages, from the configured site URL and the base path, so share
 * cards, QR codes, the sitemap and robots.txt agree wherever the site is deployed.
 */

/** The base path with one trailing slash ("/" or "/pitch/"). */
export function getBasePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** Absolute URL of a path under the base (e.g. "en/factsheet/", "og/en.png"). */
export function getAbsoluteUrl(path = '', site: string = siteConfig.siteUrl): string {
  return new URL(`${getBasePath()}${path.replace(/^\//, '')}`, site).href;
}

/** Absolute URL of a locale's story (or of `path` inside the locale). */
export function getLocaleUrl(locale: string, path = '', site?: string): string {
  return getAbsoluteUrl(`${locale}/${path}`, site);
}
