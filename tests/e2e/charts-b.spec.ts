/**
 * Browser checks for the investment, market, province and timeline charts on the story page:
 * finished SVG without JavaScript, every named state applies without errors, the data tables carry
 * the data module's numbers in every locale, and no two text boxes overlap at phone, laptop and
 * projector sizes. Each chart must be shown by some chapter.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chartStates as registryStates } from '../../src/charts/registry';
import { events } from '../../src/data/events';
import { figures } from '../../src/data/figures';
import { emphasises, localeCodes, openEnhanced, pageShowing, partLooks, requestStateOnPage, showChart, storyPages, watchErrors } from './helpers';

// Every state the registry names for these charts (a list of its own here once missed seven).
const chartStates = {
  investment: registryStates.investment,
  market: registryStates.market,
  province: registryStates.province,
  timeline: registryStates.timeline,
};
type ChartId = keyof typeof chartStates;
const chartIds = Object.keys(chartStates) as ChartId[];

/** Every number a table may show for a figure: its value(s) in the units of the locale's large-number words. */
const candidates: number[] = (() => {
  const raw = figures.flatMap((f) => ('value' in f ? [f.value] : [f.min, f.max]));
  const investment = figures.find((f) => f.id === 'mou-investment')!;
  const capacity = figures.find((f) => f.id === 'mou-capacity')!;
  if ('value' in investment && 'value' in capacity) raw.push(investment.value / capacity.value);
  return raw.flatMap((v) => [1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12].map((s) => v / s));
})();

const koreanScale: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };

/**
 * Parses the numbers in a cell written in `locale` (vi: 1.234,5; en/ko: 1,234.5). A Korean amount in
 * parts ("16억5,000만", "10만") is one number; a Vietnamese first rank is written "thứ nhất".
 */
function numbersIn(text: string, locale: string): number[] {
  if (locale === 'vi') text = text.replace(/thứ nhất/g, 'thứ 1');
  if (locale === 'ko')
    return (text.match(/(?:\d[\d,]*(?:\.\d+)?[조억만])+|\d[\d.,]*/g) ?? []).map((m) =>
      /[조억만]$/.test(m)
        ? [...m.matchAll(/(\d[\d,]*(?:\.\d+)?)([조억만])/g)].reduce((sum, [, n, w]) => sum + Number(n!.replace(/,/g, '')) * koreanScale[w!]!, 0)
        : Number(m.replace(/[.,]$/, '').replace(/,/g, '')),
    );
  const matches = text.match(/\d[\d.,]*/g) ?? [];
  return matches.map((m) => {
    const clean = m.replace(/[.,]$/, '');
    const normal = locale === 'vi' ? clean.replace(/\./g, '').replace(',', '.') : clean.replace(/,/g, '');
    return Number(normal);
  });
}

const matchesFigure = (n: number) => candidates.some((c) => Math.abs(c - n) <= Math.max(0.051, Math.abs(c) * 0.005));

test.describe('charts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of localeCodes) {
    for (const id of chartIds) {
      test(`${locale}: ${id} is finished SVG in the HTML, with a table of the data module's numbers`, async ({ page }) => {
        const path = pageShowing(id, locale);
        test.skip(!path, `no chapter names "${id}" yet`);
        await page.goto(path!);
        const root = page.locator(`[data-chart-root="${id}"]`).first();
        await expect(root.locator('svg.chart-wide text').first()).toBeAttached();
        expect(await root.locator('svg.chart-wide text').count()).toBeGreaterThan(8);
        // Nothing starts dimmed: the build-time state is the complete one.
        expect(await root.locator('[style*="opacity"]').count()).toBe(0);
        const rows = await root.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
        expect(rows.length).toBeGreaterThan(1);
        if (id === 'timeline') {
          const labels = JSON.parse(readFileSync(new URL(`../../src/i18n/data/${locale}.json`, import.meta.url), 'utf8')).events;
          // Every dated event but the changes of leaders, which the text dates and the timeline leaves out.
          const drawn = events.filter((e) => e.kind !== 'leadership');
          expect(rows.map((r) => r[1])).toEqual([...drawn].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((e) => labels[e.id]));
        } else {
          for (const row of rows) {
            const numbers = numbersIn(row[1]!, locale);
            expect(numbers.length, `"${row[1]}" carries a number`).toBeGreaterThan(0);
            for (const n of numbers) expect(matchesFigure(n), `${row[0]}: ${row[1]} (${n}) matches a figure`).toBe(true);
          }
        }
      });
    }

    for (const [w, h] of [
      [360, 740],
      [1440, 900],
      [1920, 1080],
    ] as const) {
      test(`${locale} at ${w}×${h}: no two text boxes overlap in the visible layout`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        for (const story of storyPages(locale)) {
          const here = chartIds.filter((id) => story.charts.includes(id));
          if (here.length === 0) continue;
          await page.goto(story.path);
          for (const id of here) {
            const svg = page.locator(`[data-chart-root="${id}"] svg.chart-svg:visible`).first();
            const overlaps = await svg.evaluate((el) => {
              const boxes = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
              const hits: string[] = [];
              boxes.forEach((a, i) =>
                boxes.slice(i + 1).forEach((b) => {
                  const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                  // Line boxes include leading; only count overlaps of the glyph band (inner 70 %).
                  const ay = [a.r.top + a.r.height * 0.15, a.r.bottom - a.r.height * 0.15];
                  const by = [b.r.top + b.r.height * 0.15, b.r.bottom - b.r.height * 0.15];
                  const dy = Math.min(ay[1]!, by[1]!) - Math.max(ay[0]!, by[0]!);
                  if (dx > 1 && dy > 1) hits.push(`"${a.text}" × "${b.text}"`);
                }),
              );
              const frame = el.getBoundingClientRect();
              const outside = boxes.filter((b) => b.r.left < frame.left - 1 || b.r.right > frame.right + 1).map((b) => b.text);
              return { hits, outside };
            });
            expect(overlaps.hits, `${id} overlaps`).toEqual([]);
            expect(overlaps.outside, `${id} text outside the chart`).toEqual([]);
          }
        }
      });
    }
  }
});

test.describe('chart states', () => {
  for (const locale of localeCodes) {
    test(`${locale}: every named state applies without errors and never hides data`, async ({ page }) => {
      const errors = watchErrors(page);
      for (const id of chartIds) {
        const path = pageShowing(id, locale);
        expect(path, `no chapter shows "${id}"`).toBeTruthy();
        if (!path) continue;
        await openEnhanced(page, path);
        // Let the scroll driver apply the first step's state before asking for states directly.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        await showChart(page, id);
        for (const state of chartStates[id]) {
          await requestStateOnPage(page, id, state, { immediate: true });
          const root = page.locator(`[data-chart-root="${id}"]`).first();
          await expect.poll(async () => emphasises(await partLooks(root), state)).toBe(true);
        }
      }
      expect(errors).toEqual([]);
    });
  }
});

test('a dimmed part’s labels still read at 4.5:1 against the chart, whatever the state sets back', async ({ page }) => {
  const checked: string[] = [];
  for (const [path, chart] of [
    ['en/why-now/#why-now-telecom-law', 'timeline'],
    ['en/investment/#investment-comparables', 'comparables'],
    ['en/capacity/#capacity-offtake', 'capacity'],
    ['en/hanoi/#hanoi-an-khanh', 'comparison'],
  ] as const) {
    await openEnhanced(page, path);
    const root = page.locator(`.graphic [data-chart-root="${chart}"]`).first();
    await expect(root).toHaveAttribute('data-state', /./);
    // The state has set its other parts back (were dimming gone, every label would pass with ease).
    const state = (await root.getAttribute('data-state'))!;
    await expect.poll(async () => emphasises(await partLooks(root), state), `${chart} sets back what ${state} does not name`).toBe(true);
    const worst = await root.evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      let background = [255, 255, 255];
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
          background = c.slice(0, 3);
          break;
        }
      }
      const svg = el.querySelector('svg.chart-wide')!;
      // The parts the chart's state does not name: the ones it sets back.
      const state = (el as HTMLElement).dataset.state!;
      const setBack = [...svg.querySelectorAll<SVGElement>('[data-in]')].filter((p) => !p.dataset.in!.split(' ').includes(state));
      const texts = setBack.flatMap((p) => (p.tagName === 'text' ? [p] : [...p.querySelectorAll('text')]));
      if (texts.length === 0) return 0;
      return Math.min(
        ...texts.map((t) => {
          // What the eye sees: the fill laid over the background at the opacity of the text and its groups.
          let alpha = 1;
          for (let n: Element | null = t; n && n !== svg; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity);
          const seen = rgb(getComputedStyle(t).fill).slice(0, 3).map((v, i) => alpha * v + (1 - alpha) * background[i]!);
          const [a, b] = [luminance(seen), luminance(background)];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }),
      );
    });
    checked.push(chart);
    expect(worst, `${path}: the faintest dimmed label`).toBeGreaterThanOrEqual(4.5);
  }
  expect(checked).toHaveLength(4);
});
