// Byte budgets are deterministic, so they are tests; timings live in `npm run bench`.
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageAssets } from '../../scripts/pageAssets.mjs';

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

test('the story page’s HTML, JS and CSS stay under 300 KB compressed together', () => {
  for (const locale of ['vi', 'en', 'ko']) {
    const { html, js, css } = pageAssets(dist, `${locale}/`);
    const total = html.gzip + js.gzip + css.gzip;
    expect(total, `${locale}: ${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(300 * KB);
  }
});
