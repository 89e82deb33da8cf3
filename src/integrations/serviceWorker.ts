import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** File name of the generated worker, at the root of the base path (its scope is the whole site). */
export const serviceWorkerFile = 'sw.js';

/**
 * What the worker precaches: every page (HTML), the hashed bundles and fonts in _astro/, images and
 * the data downloads. Plain .woff fonts are left out: every browser with service workers reads woff2.
 */
const precachePatterns = ['**/*.{html,js,css,woff2,svg,png,jpg,jpeg,webp,avif,ico,json,csv,pdf,webmanifest}'];

/**
 * Fontsource's numbered unicode-range slices (CJK faces come as ~100 files per weight, e.g.
 * noto-sans-kr-57-400-normal.woff2): a page needs only a few of them, so instead of precaching
 * megabytes on a phone, the slices a visited page used are kept by a runtime cache.
 */
const fontSlice = /\/_astro\/[a-z0-9-]+-\d+-\d00-(normal|italic)\.[\w-]+\.woff2$/;

/** Writes `sw.js` into a built site's folder, precaching its files as URLs under `base`. */
export function generateServiceWorker(outDir: string, base: string) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: precachePatterns,
    globIgnores: [serviceWorkerFile, 'workbox-*.js'],
    swDest: `${outDir}/${serviceWorkerFile}`,
    // Precache URLs are site paths under the base (e.g. /pitch/en/index.html).
    modifyURLPrefix: { '': base },
    // Hashed file names already change with their content: fetch them without a cache-buster.
    dontCacheBustURLsMatching: /\/_astro\//,
    // /en/ is served from /en/index.html; any query string is ignored when matching the cache.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // One self-contained file: no runtime chunk to cache or to forget in _headers.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    skipWaiting: false,
    // On the first visit only (no older worker), control the open page at once so assets it
    // loads later (fonts, lazy chunks) come from the cache too. Later versions wait (serviceWorker()).
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !fontSlice.test(e.url)), warnings: [] })],
    runtimeCaching: [
      { urlPattern: /\/_astro\/.+\.woff2$/, handler: 'CacheFirst', options: { cacheName: 'font-slices' } },
      // A page address typed without its closing slash (/en/present, as people say it aloud) is not
      // in the precache, which holds /en/present/. Where the worker holds that page it redirects to
      // it at once, as a static host would, without waiting on a venue network that may hang or
      // answer with a captive portal; other addresses go to the network. Both functions are copied
      // into sw.js as source, so they use nothing from this module.
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname),
        handler: async ({ request, url }) => {
          const held = await caches.match(`${url.origin}${url.pathname}/index.html`, { ignoreSearch: true });
          return held ? Response.redirect(new URL(`${url.pathname}/${url.search}`, url.href).href, 302) : fetch(request);
        },
      },
    ],
  });
}

/**
 * Generates `sw.js` after the build with Workbox: it precaches the whole built site, so a page
 * visited once (story, deck, fact sheet, in any language) opens again with the network off.
 *
 * Update strategy: no skipWaiting. A new deploy's worker installs in the background, then waits
 * until every tab of the site is closed before it takes over, so a running presentation never has
 * its pages or assets swapped mid-talk. It must run after every integration that writes files in
 * `astro:build:done`, so it goes last in astro.config.mjs.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${serviceWorkerFile}: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
      },
    },
  };
}
