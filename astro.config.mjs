// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { deckSlides } from './src/integrations/deckSlides.ts';
import { fontSubset } from './src/integrations/fontSubset.ts';
import { localizedSitemap } from './src/integrations/localizedSitemap.ts';
import { pageTrim } from './src/integrations/pageTrim.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { staticHeaders } from './src/integrations/staticHeaders.ts';

/**
 * BASE_PATH deploys the site under a sub-path (e.g. BASE_PATH=/pitch/ for GitHub Pages);
 * SITE_URL is the absolute origin used for canonical links, share cards and QR codes.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://thai-nguyen-data-hub.example';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['vi', 'en', 'ko'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // serviceWorker() stays last: it precaches whatever the integrations before it wrote into dist/.
  integrations: [
    contentGuard(),
    fontSubset(),
    mdx(),
    localizedSitemap({ site, base, defaultLocale: 'vi', locales: { vi: 'vi', en: 'en', ko: 'ko' } }),
    staticHeaders(),
    pageTrim(),
    // After pageTrim(), which cuts each page's CSS by its markup, the deck's deferred slides included.
    deckSlides(),
    serviceWorker(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Fonts stay files, however small: inlined into the CSS they would ride in every page's first
    // round trip, and unicode-range could no longer skip the ones a page does not need.
    build: { assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined) },
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
