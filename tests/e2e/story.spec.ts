import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { localeCodes, watchErrors, watchForeignRequests } from './helpers';

for (const locale of localeCodes) {
  test.describe(`story (${locale})`, () => {
    test('renders every chapter, and every figure links to a note on the page', async ({ page, baseURL }) => {
      const errors = watchErrors(page);
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      await page.goto(`${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect(await page.locator('article.chapter').count()).toBeGreaterThanOrEqual(8);
      const hrefs = await page.locator('a.fig').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(20);
      for (const href of new Set(hrefs)) {
        expect(href).toMatch(/^#note-/);
        const note = page.locator(href);
        await expect(note, `${href} resolves on the page`).toHaveCount(1);
        await expect(note.locator('li').first()).toContainText(/\S/);
      }
      // Each chapter ends with its sources, each with a publisher and a date.
      for (const chapter of await page.locator('article.chapter').all()) {
        await expect(chapter.locator('.sources li').first()).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test('has hreflang alternates and localised title', async ({ page }) => {
      await page.goto(`${locale}/`);
      for (const l of localeCodes) await expect(page.locator(`link[rel=alternate][hreflang=${l}]`)).toHaveCount(1);
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
      const title = await page.title();
      expect(title.length).toBeGreaterThan(10);
    });

    test('axe finds no serious or critical violations', async ({ page }) => {
      await page.goto(`${locale}/`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  });
}

test('scrolling advances the current step and the URL', async ({ page }) => {
  await page.goto('en/');
  const steps = page.locator('[data-step]');
  const third = steps.nth(2);
  await third.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const el = document.querySelectorAll('[data-step]')[2] as HTMLElement;
    scrollTo({ top: el.getBoundingClientRect().top + scrollY - innerHeight * 0.3, behavior: 'instant' });
  });
  const id = await third.getAttribute('id');
  await expect(third).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  // The language switch keeps the place.
  await expect(page.locator('a[data-lang-link][hreflang=ko]')).toHaveAttribute('href', new RegExp(`/ko/#${id}$`));
});

test('Next and Previous move one step, by button and by key, and Back returns', async ({ page }) => {
  await page.goto('en/');
  const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  await expect(page.locator(`#${ids[1]}`)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
  await page.keyboard.press('k');
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  await page.getByRole('button', { name: /Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  await expect(page.locator(`#${ids[1]}`)).toHaveAttribute('aria-current', 'step');
});

test('a step URL survives reload', async ({ page }) => {
  await page.goto('vi/');
  const id = await page.locator('[data-step]').nth(4).getAttribute('id');
  await page.goto(`vi/#${id}`);
  await page.reload();
  await expect(page.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step and graphic is visible in reading order', async ({ page }) => {
    await page.goto('en/');
    const hidden = await page.locator('[data-step], .graphic, .chart-slot, .lead').evaluateAll((els) =>
      els
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0;
        })
        .map((el) => el.id || el.className),
    );
    expect(hidden).toEqual([]);
    // All chapter text is in the DOM and visible.
    for (const step of await page.locator('[data-step]').all()) await expect(step).toBeVisible();
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('leaves no element invisible', async ({ page }) => {
    await page.goto('en/');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('j');
    }
    // Responsive alternates (a chart's narrow and wide SVG) are display:none by design; everything
    // else must be rendered, opaque and visible.
    const invisible = await page.locator('main *').evaluateAll((els) =>
      els
        .filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName))
        .filter((el) => !el.closest('[hidden], .visually-hidden, details:not([open]), .step-controls, .chart-narrow, .chart-wide.has-narrow'))
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.visibility === 'hidden' || Number(s.opacity) < 0.05 || s.display === 'none';
        })
        .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`),
    );
    // Exactly one layout of each chart is shown.
    for (const chart of await page.locator('figure.chart:has(svg.chart-narrow)').all()) {
      const shown = await chart.locator('svg.chart-svg').evaluateAll((svgs) => svgs.filter((s) => getComputedStyle(s).display !== 'none').length);
      expect(shown).toBe(1);
    }
    expect(invisible).toEqual([]);
  });
});

for (const width of [360, 768, 1280, 1920]) {
  test(`no horizontal overflow at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of localeCodes) {
      await page.goto(`${locale}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the root page offers every language without JavaScript and redirects with it', async ({ browser, baseURL }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(baseURL!);
  for (const l of localeCodes) await expect(page.locator(`a[data-locale=${l}]`)).toBeVisible();
  await noJs.close();
  const ko = await browser.newContext({ locale: 'ko-KR' });
  const p2 = await ko.newPage();
  await p2.goto(baseURL!);
  await expect(p2).toHaveURL(/\/ko\/$/);
  await ko.close();
});
