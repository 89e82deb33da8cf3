// Byte budgets are deterministic, so they are tests; timings live in `npm run bench`.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageAssets } from '../../scripts/pageAssets.mjs';
import { storyPages } from './helpers';

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

// Not yet one round trip (see README, "Speed"), but a chapter page must not grow back towards the
// one-page story's 65 KB.
test('no story page’s HTML is over 25 KB compressed', () => {
  for (const path of storyPaths) {
    const { html } = pageAssets(dist, path);
    expect(html.brotli, `${path}: ${(html.brotli / KB).toFixed(1)} KB brotli`).toBeLessThanOrEqual(25 * KB);
  }
});
