// Byte budgets are deterministic, so they are tests; timings live in `npm run bench`.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageAssets } from '../../scripts/pageAssets.mjs';
import { startFirstRoundTripServer, type FirstRoundTripServer } from './firstRoundTrip';
import { localeCodes, storyPages } from './helpers';

const dist = 'dist';
const KB = 1024;

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full);
    return name === 'index.html' ? [relative(dist, dir) + '/'] : [];
  });
}

test('every page loads at most 60 KB of compressed JavaScript on first visit', () => {
  const pages = htmlPages(dist).map((p) => (p === '/' ? '' : p));
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) {
    const { js } = pageAssets(dist, page);
    expect(js.gzip, `${page || '/'}: ${(js.gzip / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(60 * KB);
  }
});

const storyPaths = ['vi', 'en', 'ko'].flatMap((locale) => storyPages(locale).map((p) => p.path));

test('every story page’s HTML, JS and CSS stay under 300 KB compressed together', () => {
  expect(storyPaths.length).toBeGreaterThanOrEqual(24);
  for (const path of storyPaths) {
    const { html, js, css } = pageAssets(dist, path);
    const total = html.gzip + js.gzip + css.gzip;
    expect(total, `${path}: ${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(300 * KB);
  }
});

// Brotli, as browsers are served by CDNs; the first round trip carries about 14 KB.
// The deck's slides after the cover follow with its script (src/deck/deferredSlides.ts).
test('the cover’s, the deck’s and the speaker view’s HTML, inline CSS included, arrive in one round trip: at most 14 KB compressed', () => {
  for (const path of ['vi', 'en', 'ko'].flatMap((locale) => [`${locale}/`, `${locale}/present/`, `${locale}/present/speaker/`])) {
    const { html } = pageAssets(dist, path);
    expect(html.brotli, `${path}: ${(html.brotli / KB).toFixed(1)} KB brotli`).toBeLessThanOrEqual(14 * KB);
  }
});

// A chapter page's whole HTML is more than one round trip (see README, "Speed"; the next test is
// about what the reader sees first), but it must not grow back towards the one-page story's 65 KB.
// (The largest, the Korean investment chapter, is about 25 KB: three charts, the what-if and the notes.)
test('no story page’s HTML is over 26 KB compressed', () => {
  for (const path of storyPaths) {
    const { html } = pageAssets(dist, path);
    expect(html.brotli, `${path}: ${(html.brotli / KB).toFixed(1)} KB brotli`).toBeLessThanOrEqual(26 * KB);
  }
});

// A browser draws a page as its bytes arrive. A chapter page is more than 14 KB compressed, but what
// the first screen shows (the title, the first step and the chart beside it) comes in its first
// 14 KB: the first step precedes the graphic in the page (src/components/StepsAroundGraphic.astro),
// and the graphic opens with the step's chart. So does the fact sheet's first screen.
test.describe('what a reader sees first arrives in the first round trip', () => {
  let server: FirstRoundTripServer;
  test.beforeAll(async ({}, info) => {
    server = await startFirstRoundTripServer(new URL(info.project.use.baseURL!));
  });
  test.afterAll(async () => server.close());

  const firstScreens = [
    ...storyPaths.map((path) => ({ path, parts: ['h1', '[data-step]', '.graphic > .chart-slot[data-active]'] })),
    ...localeCodes.map((locale) => ({ path: `${locale}/factsheet/`, parts: ['h1', '.fs-figures', 'figure.chart'] })),
  ];
  for (const { path, parts } of firstScreens)
    test(`${path}: ${parts.join(', ')} come whole in the first 14 KB and are drawn before the rest arrives`, async ({ page, baseURL }) => {
      await page.goto(server.origin + new URL(path, baseURL).pathname, { waitUntil: 'commit' });
      // A part has come whole once the parser has gone past it: something follows it or one of its ancestors.
      const unfinished = () =>
        page.evaluate(
          (selectors) =>
            selectors.filter((selector) => {
              for (let el = document.querySelector(selector); el; el = el.parentElement) if (el.nextElementSibling) return false;
              return true;
            }),
          parts,
        );
      await expect.poll(unfinished, { message: `${path}: parts still waiting for the rest of the page`, timeout: 10_000 }).toEqual([]);
      // Drawn: the page has painted, and each part is rendered (not hidden, not skipped).
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
      const hidden = await page.evaluate((selectors) => selectors.filter((selector) => !document.querySelector(selector)!.checkVisibility({ visibilityProperty: true })), parts);
      expect(hidden).toEqual([]);
      // And the rest was held back: a page over 14 KB is still loading.
      if (pageAssets(dist, path).html.brotli > 14 * KB) expect(await page.evaluate(() => document.readyState)).toBe('loading');
    });
});
