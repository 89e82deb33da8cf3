import { expect, test, type Page } from '@playwright/test';
import { chartStates } from '../../src/charts/registry';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { emphasises, localeCodes, openEnhanced, pageShowing, partLooks, requestStateOnPage, showChart, storyPages, watchErrors } from './helpers';

/** The charts this file covers; each is checked wherever a chapter shows it. */
const charts = ['map', 'comparison', 'capacity', 'pipeline', 'headline'] as const;

/** Figures each chart's data table must show, formatted as the data module formats them. */
const tableFigures: Record<(typeof charts)[number], { id: string; symbol: boolean }[]> = {
  map: ['ha-noi', 'noi-bai-airport', 'hoa-lac-hi-tech-park', 'bac-ninh', 'hai-phong']
    .map((p) => ({ id: `distance-thai-nguyen-to-${p}`, symbol: true }))
    .concat([{ id: 'thai-nguyen-ha-noi-road-distance', symbol: true }]),
  comparison: [
    { id: 'mou-capacity', symbol: true },
    { id: 'an-khanh-capacity', symbol: true },
    { id: 'vn-dc-share-north-2024', symbol: false },
    { id: 'vn-dc-share-south-2024', symbol: false },
    { id: 'vn-dc-share-rest-2024', symbol: false },
  ],
  capacity: [
    'mou-capacity',
    'mou-offtake-support',
    'vn-capacity-vncdc-2024',
    'vn-capacity-vdca',
    'vn-capacity-cbre-2025',
    'vn-capacity-most',
    'vn-capacity-sam',
    'vn-capacity-target-2030-most',
  ].map((id) => ({ id, symbol: true })),
  pipeline: [
    { id: 'mou-banks-approached', symbol: false },
    { id: 'mou-banks-committed', symbol: false },
  ],
  headline: ['mou-capacity', 'mou-investment', 'mou-banks-approached', 'mou-banks-committed', 'mou-offtake-support'].map((id) => ({ id, symbol: false })),
};

/**
 * What is wrong with the visible <text> of the chart's shown SVG: pairs of boxes that overlap by
 * more than a pixel, and texts that reach past the drawing's sides. On a phone a panned drawing is
 * masked at its box, so a label hanging over a side is cut there. The tolerance (1.5 px) is a glyph's
 * side bearing, as of an opening quote set at x = 0.
 */
async function textClashes(page: Page, chart: string): Promise<string[]> {
  return page.evaluate((id) => {
    const out: string[] = [];
    document.querySelectorAll<HTMLElement>(`[data-chart-root="${id}"]`).forEach((root) => {
      const svg = [...root.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => getComputedStyle(s).display !== 'none');
      if (!svg) return;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => {
        for (let el: Element | null = t; el && el !== svg; el = el.parentElement)
          if (el.getAttribute('visibility') === 'hidden' || getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).opacity === '0') return false;
        return t.textContent!.trim() !== '';
      });
      const boxes = texts.map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 1 && h > 1) out.push(`${a.text} × ${b.text}`);
        }),
      );
      const frame = svg.getBoundingClientRect();
      for (const b of boxes) if (b.r.left < frame.left - 1.5 || b.r.right > frame.right + 1.5) out.push(`${b.text} past the drawing's side`);
    });
    return out;
  }, chart);
}

for (const chart of charts) {
  test.describe(`chart ${chart}`, () => {
    test('is finished SVG in the HTML without JavaScript, with a data table matching the data module', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const locale of localeCodes) {
        const path = pageShowing(chart, locale);
        expect(path, `no chapter shows "${chart}"`).toBeTruthy();
        await page.goto(path!);
        const root = page.locator(`[data-chart-root="${chart}"]`).first();
        await expect(root.locator('svg.chart-wide[role=img]')).toHaveCount(1);
        expect(await root.locator('svg.chart-wide text').count()).toBeGreaterThan(3);
        const cells = await root.locator('.chart-table td').allTextContents();
        for (const f of tableFigures[chart])
          expect(cells, `${locale}: ${f.id}`).toContain(formatFigure(getFigure(f.id), locale, f.symbol ? { qualifier: 'symbol' } : {}));
      }
      await context.close();
    });

    test('takes every named state without errors', async ({ page }) => {
      const errors = watchErrors(page);
      const path = pageShowing(chart, 'en');
      expect(path, `no chapter shows "${chart}"`).toBeTruthy();
      await openEnhanced(page, path!);
      const root = page.locator(`[data-chart-root="${chart}"]`).first();
      // Let the scroll driver settle on the first step before asking for states directly.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await showChart(page, chart);
      for (const state of chartStates[chart]) {
        await requestStateOnPage(page, chart, state, { immediate: false });
        await page.waitForTimeout(chart === 'map' ? 1500 : 600);
        await expect(root).toHaveAttribute('data-state', state);
        if (chart === 'map') {
          const [current, wanted] = await root
            .locator('svg.chart-wide svg.map-geo')
            .evaluate((g) => [g.getAttribute('viewBox'), JSON.parse((g as SVGElement).dataset.viewboxes!)]);
          expect(current!.split(' ').map(Number).map(Math.round)).toEqual((wanted[state] as string).split(' ').map(Number).map(Math.round));
        } else if (state !== 'all') {
          // The state's parts are at full strength; the rest are dimmed, never hidden.
          await expect.poll(async () => emphasises(await partLooks(root), state), { timeout: 4000 }).toBe(true);
        }
      }
      expect(errors).toEqual([]);
    });
  });
}

test('the map asked for new states faster than it zooms ends on the last one alone, its labels not doubled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const path = pageShowing('map', 'en')!;
  await openEnhanced(page, path);
  await page.waitForLoadState('networkidle');
  await showChart(page, 'map');
  const states = chartStates.map;
  // Each request lands mid-zoom of the one before (a zoom takes 0.9 s).
  for (const state of [...states, ...states]) {
    await requestStateOnPage(page, 'map', state, { immediate: false });
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(2000);
  const shown = await page
    .locator('[data-chart-root="map"] svg.chart-narrow .map-state')
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility !== 'hidden' && Number(getComputedStyle(e).opacity) > 0).map((e) => (e as SVGElement).dataset.in));
  expect(shown).toEqual([states[states.length - 1]]);
});

for (const [width, height] of [
  [360, 800],
  [1024, 768],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`no two texts overlap in these charts and none reaches past a side at ${width}×${height}, in any locale`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const story of localeCodes.flatMap(storyPages)) {
      const here = charts.filter((c) => story.charts.includes(c));
      if (here.length === 0) continue;
      await page.goto(story.path);
      await page.evaluate(() => document.fonts.ready);
      for (const chart of here) expect(await textClashes(page, chart), `${story.path} ${chart}`).toEqual([]);
    }
    await context.close();
  });
}

test('no chart text is outlined by a stroke meant for a shape around it (only halos painted beneath the letters)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const outlined: string[] = [];
  for (const path of [...storyPages('en').map((s) => s.path), 'en/factsheet/', 'en/present/']) {
    await page.goto(path);
    const here = await page.locator('svg text').evaluateAll((texts) =>
      texts
        .filter((t) => {
          const s = getComputedStyle(t);
          return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && !s.paintOrder.startsWith('stroke');
        })
        .map((t) => t.textContent!.trim()),
    );
    outlined.push(...here.map((text) => `${path}: ${text}`));
  }
  expect(outlined).toEqual([]);
  await context.close();
});
