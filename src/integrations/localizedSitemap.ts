import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/**
 * sitemap-index.xml + sitemap-0.xml with language alternates: every localized page lists its
 * vi/en/ko versions (xhtml:link hreflang) and an x-default pointing at the default locale.
 * The root language chooser (canonical: /vi/) and the 404 page are left out.
 */
export function localizedSitemap(options: {
  site: string;
  base: string;
  locales: Record<string, string>;
  defaultLocale: string;
}): AstroIntegration {
  const root = new URL(options.base.replace(/\/?$/, '/'), options.site).href;
  return sitemap({
    i18n: { defaultLocale: options.defaultLocale, locales: options.locales },
    filter: (page) => page !== root && !/\/404\/?$/.test(page),
    serialize(item) {
      const fallback = item.links?.find((l) => l.lang === options.locales[options.defaultLocale]);
      if (fallback) item.links = [...(item.links ?? []), { url: fallback.url, lang: 'x-default' }];
      return item;
    },
  });
}
