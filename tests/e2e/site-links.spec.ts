import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile, rulesSetting } from '../../scripts/headersFile.mjs';
import { localeCodes, openEnhanced, scriptsStarted, watchErrors } from './helpers';
import { crawlSite, distDir, listFragments, listPages, pitchBase, pitchDir, pitchPort } from './siteCrawl';

const format = (broken: Array<{ from: string; url: string; problem: string }>) => broken.map((b) => `${b.problem}: ${b.url} (on ${b.from})`);

// The deck's deferred slides (fetched by its script, so named by no link) are crawled as pages are.
test('every internal link, asset and #fragment of the built site answers', async ({ baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const pages = listPages(distDir, base);
  expect(pages.length, 'pages in dist/').toBeGreaterThanOrEqual(5);
  const { broken, fetched } = await crawlSite(new URL(baseURL!).origin, base, [...pages, ...listFragments(distDir, base)]);
  expect(format(broken)).toEqual([]);
  expect(fetched).toBeGreaterThan(pages.length);
});

test.describe('built under /pitch/', () => {
  test.skip(!existsSync(`${pitchDir}/index.html`), `needs ${pitchDir}/: BASE_PATH=/pitch/ npx astro build --outDir ${pitchDir} (npm test does this)`);
  const origin = `http://127.0.0.1:${pitchPort}`;

  test('every page, link, asset, font and the service worker resolve under the sub-path', async () => {
    const pages = listPages(pitchDir, pitchBase);
    const fragments = listFragments(pitchDir, pitchBase);
    expect(fragments.length, 'deck fragments').toBe(9);
    const { broken, fetched } = await crawlSite(origin, pitchBase, [...pages, ...fragments, `${pitchBase}sw.js`]);
    expect(format(broken)).toEqual([]);
    expect(fetched).toBeGreaterThan(pages.length);
    // Nothing escapes the sub-path: every root-relative URL in every page and fragment starts with /pitch/.
    for (const page of [...pages, ...fragments]) {
      const html = await (await fetch(origin + page)).text();
      const rootRelative = [...html.matchAll(/\s(?:href|src|srcset|content|data-deferred-slides)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(
        rootRelative.filter((u) => !u.startsWith(pitchBase)),
        page,
      ).toEqual([]);
    }
    // The worker precaches URLs under the sub-path.
    const sw = await (await fetch(`${origin}${pitchBase}sw.js`)).text();
    expect(sw).toContain(`"${pitchBase}en/index.html"`);
  });

  test('an unknown path answers the 404 page, whose links stay under the sub-path', async ({ page }) => {
    const response = await page.goto(`${origin}${pitchBase}fr/`);
    expect(response?.status()).toBe(404);
    for (const locale of localeCodes) {
      await expect(page.locator(`main a[href="${pitchBase}${locale}/"]`)).toHaveCount(1);
    }
  });
});

test.describe('bad input', () => {
  test('an unknown locale answers 404 with a link to each language’s story', async ({ page, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    for (const path of ['fr/', 'xx/present/', 'en/no-such-page/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1')).toBeVisible();
      for (const locale of localeCodes) {
        const link = page.locator(`main a[href="${base}${locale}/"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAttribute('hreflang', locale);
      }
    }
    // The links work.
    await page.locator(`main a[href="${base}en/"]`).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('no page throws on a malformed hash or query value', async ({ page, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const errors = watchErrors(page);
    // Every kind of page once: the other languages' pages load the same scripts.
    const oneLanguage = listPages(distDir, base).filter((path) => !/^(vi|ko)\//.test(path.slice(base.length)));
    for (const path of oneLanguage) {
      for (const suffix of ['#%E0%A4%A', '?slide=%E0%A4%A&step=-1&lang=zz#%']) {
        await page.goto(`${path.slice(base.length)}${suffix}`);
        // The scripts that read the hash and query start after the first paint.
        await scriptsStarted(page);
        expect(errors, `${path}${suffix}`).toEqual([]);
      }
    }
  });

  test('malformed hashes and query values are ignored by the story', async ({ page }) => {
    const errors = watchErrors(page);
    for (const suffix of ['#%E0%A4%A', '#%', '#<script>', '?step=%E0%A4%A&lang=zz#no-such-step', '?%%=%%']) {
      await openEnhanced(page, `en/${suffix}`);
      await expect(page.locator('article.chapter').first()).toBeVisible();
      // Moving on from a bad hash still works.
      await page.keyboard.press('j');
      await expect(page.locator('[data-step][aria-current="step"]')).toHaveCount(1);
    }
    expect(errors).toEqual([]);
  });
});

test('the built _headers gives every page a revalidating and every hashed asset an immutable Cache-Control', async ({ baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const { rules, errors } = parseHeadersFile(readFileSync(`${distDir}/_headers`, 'utf8'));
  expect(errors).toEqual([]);
  const uncovered: string[] = [];
  for (const page of listPages(distDir, base)) {
    const setBy = rulesSetting(rules, page, 'Cache-Control');
    if (setBy.length !== 1 || !/max-age=0, must-revalidate/.test(headersFor(rules, page)['cache-control'] ?? '')) uncovered.push(page);
  }
  for (const asset of readdirSync(`${distDir}/_astro`)) {
    if (headersFor(rules, `${base}_astro/${asset}`)['cache-control'] !== 'public, max-age=31536000, immutable') uncovered.push(asset);
  }
  expect(uncovered, 'add a rule to public/_headers').toEqual([]);
  // And the local server sends them, as a CDN would.
  const response = await fetch(new URL('en/', baseURL));
  expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
});
