import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateServiceWorker } from '../../src/integrations/serviceWorker';
import { localeCodes } from './helpers';
import { distDir, listFragments, listPages } from './siteCrawl';

// These tests are about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** The pages a presenter or investor opens: story, deck and fact sheet of each locale, where built. */
const offlinePages = localeCodes.flatMap((l) => [`${l}/`, `${l}/present/`, `${l}/factsheet/`]).filter((p) => existsSync(join(distDir, p, 'index.html')));

/** A TCP port nobody listens on right now (tests of other worktrees may run on this machine too). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the worker is active and controls the page (after one visit it holds the whole site). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every URL path in the worker's caches, without Workbox's revision parameter. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) out.push(new URL(request.url).pathname);
    }
    return out;
  });
}

test('after one visit the story, deck and fact sheet load with the network off', async ({ page, context, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto(offlinePages[0]!);
  await waitForServiceWorker(page);

  // The whole built site is precached: every page of every locale and mode.
  const cached = new Set(await cachedPaths(page));
  const pages = listPages(distDir, base).map((p) => (p.endsWith('/') ? `${p}index.html` : p));
  expect(pages.filter((p) => !cached.has(p)), 'pages missing from the precache').toEqual([]);
  // And the deck's slides after the cover, which its script fetches (the audience's stage and the speaker view's two).
  const fragments = listFragments(distDir, base);
  expect(fragments.length).toBe(3 * localeCodes.length);
  expect(fragments.filter((p) => !cached.has(p)), 'deck slides missing from the precache').toEqual([]);

  for (const path of offlinePages) await page.goto(path);

  await context.setOffline(true);
  const failed: string[] = [];
  // ERR_ABORTED is a request cut short by our own next navigation (often the favicon), not a miss offline.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  for (const path of offlinePages) {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} offline`).toBe(true);
    expect(response?.fromServiceWorker(), `${path} comes from the worker`).toBe(true);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.reload();
    await expect(page.locator('h1').first()).toBeVisible();
    // The deck runs with every slide, not just the cover its first document carries.
    if (path.endsWith('/present/')) {
      await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
      expect(await page.locator('[data-deck] [data-slide]').count(), `${path} slides offline`).toBeGreaterThan(40);
    }
    // The site's own font is there offline too.
    expect(await page.evaluate(() => document.fonts.ready.then((f) => [...f].some((font) => font.status === 'loaded')))).toBe(true);
  }
  // An address typed without its closing slash (…/en/present, as a presenter says it) opens the page too, at its slide.
  for (const path of offlinePages.filter((p) => p.endsWith('/present/'))) {
    const bare = `${path.slice(0, -1)}?slide=5`;
    const response = await page.goto(bare);
    expect(response?.ok(), `${bare} offline`).toBe(true);
    expect(new URL(page.url()).pathname, `${bare} lands on the page`).toBe(`${base}${path}`);
    await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
    await expect(page).toHaveURL(/[?&]slide=5(&|$)/);
  }
  expect(failed).toEqual([]);
  await context.setOffline(false);
});

test('the speaker view says when the deck has been saved for offline use, and where it cannot be', async ({ page, browser, baseURL }) => {
  await page.goto('en/present/speaker/');
  // The worker first downloads the whole site (66 files), which took over 5 s on a busy 2-core machine.
  await expect(page.getByText('Saved for offline use: the deck works without the network.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Saving the deck for offline use…')).toBeHidden();
  // Where the browser refuses a worker (private windows, policies), the presenter is told to keep the network on.
  const blocked = await browser.newContext({ serviceWorkers: 'block', baseURL: baseURL! });
  const other = await blocked.newPage();
  await other.addInitScript(() => {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('Blocked', 'SecurityError'));
  });
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto('en/present/speaker/');
  await expect(other.getByText('Not saved for offline use in this browser: keep the network on.')).toBeVisible();
  expect(errors).toEqual([]);
  await blocked.close();
});

test('a browser that asks to save data gets the offline worker on the deck only, not on the story or fact sheet', async ({ page }) => {
  // Chromium's data saver, as a page sees it; and a record of every registration the page asks for.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
    const calls: string[] = [];
    (window as unknown as { swCalls: string[] }).swCalls = calls;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, url, options) {
      calls.push(String(url));
      return register.call(this, url, options);
    };
  });
  const registrations = async (path: string) => {
    await page.goto(path, { waitUntil: 'load' });
    // The page registers on its load event; one more task lets that handler run.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return page.evaluate(() => (window as unknown as { swCalls: string[] }).swCalls.length);
  };
  for (const locale of localeCodes) {
    expect(await registrations(`${locale}/`), `${locale} story`).toBe(0);
    expect(await registrations(`${locale}/factsheet/`), `${locale} fact sheet`).toBe(0);
  }
  expect(await registrations('en/present/'), 'deck').toBe(1);
  expect(await registrations('ko/present/speaker/'), 'speaker view').toBe(1);

  // Without the data saver, the story registers it as before.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: false }) });
  });
  expect(await registrations('vi/'), 'story without the data saver').toBe(1);
});

test.describe('a new deploy', () => {
  let server: ChildProcess | undefined;
  let siteDir = '';
  let origin = '';

  test.beforeAll(async () => {
    // A copy of the built site that the test can "redeploy".
    siteDir = mkdtempSync(join(tmpdir(), 'site-update-'));
    cpSync(distDir, siteDir, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', siteDir], { stdio: 'ignore' });
    await expect.poll(() => fetch(`${origin}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  });

  test('waits until every tab is closed before it replaces what a running presentation shows', async ({ context }) => {
    const path = offlinePages.find((p) => p.endsWith('/present/')) ?? offlinePages[0]!;
    const talk = await context.newPage();
    await talk.goto(`${origin}/${path}`);
    await waitForServiceWorker(talk);
    const marker = 'data-deploy-two';

    // Deploy: the page changes, and so does the worker's precache list.
    const file = join(siteDir, path, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<body', `<body ${marker}`));
    await generateServiceWorker(siteDir, '/');

    // The running page finds the new worker, which installs and then waits.
    const state = await talk.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      await reg.update();
      const next = reg.installing ?? reg.waiting;
      if (next && next.state !== 'installed') {
        await new Promise<void>((resolve) => next.addEventListener('statechange', () => next.state === 'installed' && resolve()));
      }
      return { waiting: reg.waiting !== null, activeIsOld: reg.active !== reg.waiting };
    });
    expect(state).toEqual({ waiting: true, activeIsOld: true });

    // Reloading the presentation (or a second tab) still gets the deployed-at-start version.
    await talk.reload();
    await expect(talk.locator(`body[${marker}]`)).toHaveCount(0);
    const second = await context.newPage();
    await second.goto(`${origin}/${path}`);
    await expect(second.locator(`body[${marker}]`)).toHaveCount(0);

    // Once every tab is closed, the next visit gets the new deploy.
    await talk.close();
    await second.close();
    const later = await context.newPage();
    await expect
      .poll(
        async () => {
          await later.goto(`${origin}/${path}`);
          return later.locator(`body[${marker}]`).count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
  });
});
