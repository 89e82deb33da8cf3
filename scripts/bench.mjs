// `npm run bench`: builds the site, serves dist/ compressed as a CDN would, runs Lighthouse (mobile
// and desktop presets) on every page type, measures long animation frames while scrolling the story
// at 4× CPU slowdown and the layout shift when the web fonts arrive late, and prints the tables.
// Results go to bench-results/bench.json (not committed).
//   npm run bench                       # build + measure this checkout
//   npm run bench -- --url https://host/ --no-build   # measure another deployment
//   npm run bench -- --quick            # Lighthouse mobile only, one locale, one run each
//   npm run bench -- --runs 5           # Lighthouse runs per page and preset (median run reported; default 3)
//   npm run bench -- --http1            # served over plain HTTP/1.1, as the bench did before it served HTTP/2
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser, installHint } from './findBrowser.mjs';
import { pageAssets, precacheSize } from './pageAssets.mjs';
import { referencePage } from './referencePage.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    port: { type: 'string', default: '4410' },
    runs: { type: 'string' },
    http1: { type: 'boolean', default: false },
    // Accepted, though HTTP/2 is now the default, so that commands written before still run.
    http2: { type: 'boolean', default: false },
  },
});
// The local server speaks HTTPS and HTTP/2, as CDNs do, with a certificate made for the run
// (openssl). Lighthouse simulates its slow network on the connections it saw: over HTTP/1.1 each
// of the fonts and scripts fetched in parallel opens a connection of its own, with its own round
// trips, which no CDN a reader meets makes them pay. --http1 measures that case (and compares
// with runs from before HTTP/2 was the default).
if (values.http1 && values.http2) throw new Error('--http1 and --http2: choose one');
const hasOpenssl = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
if (!values.http1 && !values.url && !hasOpenssl) console.warn('No openssl to make a certificate for HTTPS: serving plain HTTP/1.1 instead of HTTP/2.');
const tls = !values.url && !values.http1 && hasOpenssl;
const browserTlsArgs = tls ? ['--ignore-certificate-errors'] : [];
// Identical Lighthouse runs on a shared 2-core machine differ twofold or more in TBT, so each
// page and preset is measured several times and the median run (Lighthouse's own pick: the run
// nearest the median FCP and TTI) is reported, with the spread of TBT and LCP across the runs.
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: a whole number of runs, at least 1, not "${values.runs}"`);

const browser = findBrowser();
if (!browser) {
  console.error(installHint);
  process.exit(1);
}
const chromePath = browser.executablePath ?? chromium.executablePath();
const results = { date: new Date().toISOString(), commit: gitCommit(), protocol: null, pages: [], reference: [], sizes: [], precache: null, loaf: null, lateFontCls: [], buildSeconds: null };

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

// 1. Build (timed).
const local = !values.url;
results.protocol = local ? (tls ? 'h2' : 'http/1.1') : 'as deployed';
if (local && values.build && !values['no-build']) {
  const started = Date.now();
  const r = spawnSync('astro', ['build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('astro build failed');
  results.buildSeconds = (Date.now() - started) / 1000;
}

// 2. Serve dist/ compressed, like a CDN.
let server;
let origin = values.url;
if (local) {
  server = spawn('node', ['scripts/serve.mjs', '--port', values.port, '--compress', '--no-worker', ...(tls ? ['--http2'] : [])], { stdio: 'ignore' });
  // Whatever ends the bench, the server goes with it: one left on the port would serve the next bench an old dist/.
  process.on('exit', () => server.kill());
  origin = `${tls ? 'https' : 'http'}://127.0.0.1:${values.port}/`;
  await waitFor(origin);
}
origin = origin.replace(/\/?$/, '/');

/** Paths (relative to the origin) of the chapter pages listed in a cover page's contents menu, cover excluded. */
async function chapterPagesOf(coverUrl) {
  const html = (await get(coverUrl)).body;
  const hrefs = [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*data-chapter-link/g)].map((m) => new URL(m[1], coverUrl).href);
  return hrefs.filter((h) => h !== coverUrl && h.startsWith(origin)).map((h) => h.slice(origin.length));
}

/**
 * GETs a page as text. Not fetch(): with --http2 the local server's certificate is made for the run,
 * and only this script's own requests to it, not every TLS connection of the process, skip the check.
 */
function get(url, redirects = 5) {
  const own = /^https:\/\/127\.0\.0\.1[:/]/.test(url);
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? https : http).get(url, own ? { rejectUnauthorized: false } : {}, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        resolve(get(new URL(res.headers.location, url).href, redirects - 1));
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    request.on('error', reject);
  });
}

async function waitFor(url) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await get(url)).status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

// 3. Page types: the story's cover in each locale, every other chapter page (Vietnamese; the
//    chapter list is read from the cover's contents menu), the deck and the fact sheet.
const locales = values.quick ? ['vi'] : ['vi', 'en', 'ko'];
const pages = locales.map((l) => ({ name: `story ${l}`, path: `${l}/` }));
const chapterPaths = await chapterPagesOf(`${origin}vi/`);
if (!values.quick) for (const path of chapterPaths) pages.push({ name: `story vi ${path.split('/').at(-2)}`, path });
for (const [name, path] of [
  ['deck vi', 'vi/present/'],
  ['factsheet vi', 'vi/factsheet/'],
]) {
  if (!local || existsSync(join('dist', path, 'index.html'))) pages.push({ name, path });
}

// 4. Lighthouse, mobile (default config) and desktop presets.
const presets = values.quick ? ['mobile'] : ['mobile', 'desktop'];
// Pages fetch their scripts after the first paint (src/client/enhance.ts). Lighthouse stops once the
// network has been quiet for a second after `load`, which can come before them; waiting 3 s after
// load keeps the scripts, and the main-thread work they do, in every measurement.
//
// Every run is a first visit: a browser of its own with an empty profile and, served locally, no
// offline worker. From a local server the worker, registered at `load`, has precached the whole site
// within a second, and it then served the scripts a page fetches after its first paint, in later
// runs of a shared browser and in some runs of a fresh one (2.8 KB of JS transferred instead of 46).
// Over a real network its download (about 1 MB, reported below the size table) takes many seconds
// and a first visit's scripts come from the network. Lighthouse's URL blocking does not stop the
// worker (it registered and took control all the same), so the server puts an empty one in its
// place (a 404 would be a console error, which Best Practices counts); with --url the deployment's
// worker runs as it is. Each local run is checked: a script of the page's first load that did not
// come over the network is reported, as that run was not a first visit.
const firstVisit = { pauseAfterLoadMs: 3000 };
const mobileConfig = { extends: 'lighthouse:default', settings: firstVisit };
const desktop = { ...desktopConfig, settings: { ...desktopConfig.settings, ...firstVisit } };
for (const page of pages) {
  for (const preset of presets) {
    const firstLoadScripts = local ? pageAssets('dist', page.path).files.filter((f) => f.endsWith('.js')) : [];
    const row = await lighthouseRow(page.name, origin + page.path, preset, firstLoadScripts);
    if (row) results.pages.push(row);
  }
}

// 4b. The machine's floor: the words of the Vietnamese cover and of the longest chapter as plain
// HTML, with no styles, scripts, fonts or drawings (scripts/referencePage.mjs), measured as above
// (mobile). Lighthouse's mobile TBT and LCP on a shared 2-core machine say as much about the
// machine as about the page; these rows show what it reports for pages that cannot get lighter
// without losing words.
if (local && !values.quick) {
  const dir = join('bench-results', 'reference');
  rmSync(dir, { recursive: true, force: true });
  const plain = [`${locales[0]}/`, ...chapterPaths].map((path) => ({ path, html: referencePage(readFileSync(join('dist', path, 'index.html'), 'utf8')) }));
  const longest = plain.slice(1).reduce((a, b) => (b.html.length > a.html.length ? b : a), plain[0]);
  const chosen = longest === plain[0] ? [plain[0]] : [plain[0], longest];
  for (const { path, html } of chosen) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  const port = String(Number(values.port) + 1);
  const referenceServer = spawn('node', ['scripts/serve.mjs', '--dir', dir, '--port', port, '--base', '/', '--compress', ...(tls ? ['--http2'] : [])], { stdio: 'ignore' });
  process.on('exit', () => referenceServer.kill());
  const referenceOrigin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`;
  await waitFor(`${referenceOrigin}${chosen[0].path}`);
  for (const { path, html } of chosen) {
    const name = `plain text of ${pages.find((p) => p.path === path)?.name ?? `story ${path}`}`;
    const row = await lighthouseRow(name, `${referenceOrigin}${path}`, 'mobile', [], ['performance']);
    if (row) results.reference.push({ ...row, textKB: Buffer.byteLength(html) / 1024 });
  }
  referenceServer.kill();
}

/**
 * The median of `runs` Lighthouse runs of one page and preset, each in a fresh browser, as a table
 * row; undefined when no run could be placed. `firstLoadScripts` (file names) must all come over
 * the network, or the run is reported as not a first visit.
 */
async function lighthouseRow(name, url, preset, firstLoadScripts = [], categories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const lhrs = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumArgs, ...browserTlsArgs],
    });
    try {
      const { lhr } = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        preset === 'desktop' ? desktop : mobileConfig,
      );
      if (lhr.runtimeError) {
        console.error(`${name} ${preset}: ${lhr.runtimeError.message}`);
        continue;
      }
      lhrs.push(lhr);
      const fetched = (lhr.audits['network-requests']?.details?.items ?? []).filter((r) => r.transferSize > 0).map((r) => new URL(r.url).pathname);
      const notFetched = firstLoadScripts.filter((f) => !fetched.some((path) => path.endsWith(`/${f}`)));
      if (notFetched.length) console.error(`${name} ${preset} run ${run + 1}: not a first visit, ${notFetched.join(', ')} did not come over the network`);
    } catch (error) {
      console.error(`${name} ${preset}: ${error.message}`);
    } finally {
      await chrome.kill();
    }
  }
  // A run without FCP or TTI cannot be placed against the others (computeMedianRun would throw).
  const valid = filterToValidRuns(lhrs);
  if (valid.length === 0) {
    console.error(`${name} ${preset}: no run with FCP and TTI; left out of the table`);
    return undefined;
  }
  const lhr = computeMedianRun(valid);
  const spread = (audit) => valid.map((r) => r.audits[audit].numericValue).filter(Number.isFinite);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  // By file name, as the size table below counts, rather than by Lighthouse's resource type, which
  // depends on how the browser came to request a file.
  const bytesOf = (ext) => requests.filter((r) => ext.test(new URL(r.url).pathname)).reduce((s, r) => s + (r.transferSize ?? 0), 0);
  const score = (c) => (lhr.categories[c] ? Math.round((lhr.categories[c].score ?? 0) * 100) : null);
  return {
    page: name,
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    totalBytes: lhr.audits['total-byte-weight'].numericValue,
    jsBytes: bytesOf(/\.m?js$/),
    cssBytes: bytesOf(/\.css$/),
    fontBytes: bytesOf(/\.(woff2?|ttf|otf)$/),
    requests: requests.length,
    runs: valid.length,
    tbtRuns: spread('total-blocking-time'),
    lcpRuns: spread('largest-contentful-paint'),
    benchmarkIndex: median(valid.map((r) => r.environment?.benchmarkIndex).filter(Number.isFinite)),
    failing: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id)
      .slice(0, 8),
  };
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// 5. Compressed sizes of each page's first document and the JS/CSS it loads (from dist/ when local).
if (local) {
  const sized = [
    ...pages,
    ...chapterPaths.filter((path) => !pages.some((p) => p.path === path)).map((path) => ({ name: `story vi ${path.split('/').at(-2)}`, path })),
  ];
  for (const page of sized) {
    const { html, firstScreen, laterHtml, js, css } = pageAssets('dist', page.path);
    results.sizes.push({ page: page.name, html, firstScreen, laterHtml, js, css });
  }
  if (existsSync(join('dist', 'sw.js'))) results.precache = precacheSize('dist', process.env.BASE_PATH ?? '/');
}

// 6. Long animation frames while scrolling the story at 4× CPU slowdown. The count swings by a
// factor of two between identical runs on a shared 2-core machine, so the story is scrolled in
// several passes, each a first visit in a fresh browser context, and the median pass is reported.
{
  const b = await chromium.launch({ executablePath: browser.executablePath, args: [...chromiumArgs, ...browserTlsArgs] });
  const passes = [];
  for (let pass = 0; pass < (values.quick ? 1 : 3); pass++) passes.push(await scrollStory(b));
  const byCount = [...passes].sort((x, y) => x.count - y.count);
  results.loaf = { ...byCount[Math.floor(byCount.length / 2)], passes: passes.map((p) => p.count), pages: 1 + chapterPaths.length };
  await b.close();
}

// 7. Layout shift when the web fonts arrive late. Lighthouse's runs above get the preloaded fonts
// before the first paint; on a slow link they come after it, and the text drawn meanwhile in the
// scaled stand-in fonts (src/integrations/fontFallbacks.ts) should not move when they swap in.
{
  const b = await chromium.launch({ executablePath: browser.executablePath, args: [...chromiumArgs, ...browserTlsArgs] });
  const sizes = [[390, 844], [1440, 900]];
  for (const page of pages) {
    const row = { page: page.name };
    for (const [width, height] of sizes) row[`${width}×${height}`] = await lateFontCls(b, `${origin}${page.path}`, width, height);
    results.lateFontCls.push(row);
  }
  await b.close();
}
server?.kill();

/**
 * Cumulative layout shift of a first visit whose web fonts are held back a second, measured until
 * they have swapped in. Scripts run as for a reader, so a shift they caused would count too; the
 * pages' scripts start after the first paint and move nothing above the fold.
 */
async function lateFontCls(b, url, width, height) {
  const context = await b.newContext({ viewport: { width, height }, serviceWorkers: 'block', ignoreHTTPSErrors: tls });
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return Number(cls.toFixed(4));
}

/** Scrolls the cover and every chapter page top to bottom; counts animation frames over 50 ms. */
async function scrollStory(b) {
  const context = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ignoreHTTPSErrors: tls });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const frames = [];
  let scrolled = 0;
  for (const path of [`${locales[0]}/`, ...chapterPaths]) {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    // Scrolling starts once the page's scripts have started (they start after the first paint, and
    // their start is in the Lighthouse TBT above); a frame that began before the first scroll step is
    // the page still loading, not the scrolling being measured.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'), null, { timeout: 15_000 }).catch(() => {});
    await page.evaluate(() => {
      window.__loaf = [];
      const since = performance.now();
      new PerformanceObserver((list) =>
        window.__loaf.push(
          ...list
            .getEntries()
            .filter((e) => e.startTime >= since)
            .map((e) => e.duration),
        ),
      ).observe({ type: 'long-animation-frame', buffered: false });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 120) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(500);
    frames.push(...(await page.evaluate(() => window.__loaf)));
    scrolled += height;
  }
  await context.close();
  return { count: frames.filter((d) => d > 50).length, worst: Math.round(Math.max(0, ...frames)), scrolled };
}

// 8. Report.
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => Math.round(n);
const range = (values) => (values.length ? `${ms(Math.min(...values))}–${ms(Math.max(...values))}` : '–');
console.log(`\nBenchmark of ${local ? `dist/ (commit ${results.commit}), served over ${tls ? 'HTTPS and HTTP/2' : 'HTTP/1.1'}` : origin} — ${results.date}`);
if (results.buildSeconds !== null) console.log(`Build: ${results.buildSeconds.toFixed(1)} s`);
console.log(runs > 1 ? `Lighthouse: the median of up to ${runs} runs per page and preset ("runs": how many completed); their range of TBT and LCP beside it.` : 'Lighthouse: one run per page and preset.');
console.table(
  results.pages.map((p) => ({
    page: p.page,
    preset: p.preset,
    perf: p.performance,
    a11y: p.accessibility,
    bp: p.bestPractices,
    seo: p.seo,
    'FCP ms': ms(p.fcp),
    'LCP ms': ms(p.lcp),
    CLS: p.cls.toFixed(3),
    'TBT ms': ms(p.tbt),
    ...(runs > 1 ? { runs: p.runs, 'TBT runs': range(p.tbtRuns), 'LCP runs': range(p.lcpRuns) } : {}),
    'total KB': kb(p.totalBytes),
    'JS KB': kb(p.jsBytes),
    requests: p.requests,
  })),
);
if (results.reference.length) {
  console.log(
    "The machine's floor: the same words as plain HTML, no styles, scripts, fonts or drawings (Lighthouse mobile, performance only). Read the story's TBT and LCP against these.",
  );
  console.table(
    results.reference.map((p) => ({
      page: p.page,
      'HTML KB': p.textKB.toFixed(1),
      perf: p.performance,
      'FCP ms': ms(p.fcp),
      'LCP ms': ms(p.lcp),
      'TBT ms': ms(p.tbt),
      ...(runs > 1 ? { runs: p.runs, 'TBT runs': range(p.tbtRuns), 'LCP runs': range(p.lcpRuns) } : {}),
    })),
  );
}
const machine = median([...results.pages, ...results.reference].map((p) => p.benchmarkIndex).filter(Number.isFinite));
if (machine !== null) console.log(`Lighthouse's benchmark index of this machine (median over the runs): ${Math.round(machine)}.`);
if (results.sizes.length) {
  console.log('Compressed sizes from dist/ (brotli / gzip, KB):');
  console.table(
    results.sizes.map((s) => ({
      page: s.page,
      'HTML br': kb(s.html.brotli),
      'HTML gz': kb(s.html.gzip),
      // The HTML up to the end of the chart the page opens on (scripts/pageAssets.mjs): within 14 KB, the first screen comes in one round trip.
      'first screen br': kb(s.firstScreen.brotli),
      // The deck's slides after the cover (src/deck/deferredSlides.ts), fetched with its script after the first paint.
      'later HTML br': kb(s.laterHtml.brotli),
      'JS br': kb(s.js.brotli),
      'JS gz': kb(s.js.gzip),
      'CSS br': kb(s.css.brotli),
      'CSS gz': kb(s.css.gzip),
    })),
  );
}
if (results.precache) {
  console.log(
    `The offline worker's background download after a first visit: ${results.precache.files} files, up to ${kb(results.precache.bytes)} KB compressed (less what the page has already loaded, which may come from the browser's cache).`,
  );
}
console.log(
  `Long animation frames > 50 ms while scrolling the story (${results.loaf.pages} pages, ${results.loaf.scrolled} px) at 4× CPU: ${results.loaf.count} (worst ${results.loaf.worst} ms)` +
    (results.loaf.passes.length > 1 ? `, median of ${results.loaf.passes.length} passes: ${results.loaf.passes.join(', ')}` : ''),
);
console.log('CLS with the web fonts arriving 1 s late (first visit with scripts, until they have swapped in):');
console.table(results.lateFontCls.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? v.toFixed(3) : v]))));
const failing = results.pages.filter((p) => p.failing.length);
if (failing.length) {
  console.log('Audits below 100:');
  for (const p of failing) console.log(`  ${p.page} ${p.preset}: ${p.failing.join(', ')}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('Wrote bench-results/bench.json');
