import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { CHART_STATE_EVENT } from '../../src/scrolly/chartEvents';

export const localeCodes = ['vi', 'en', 'ko'] as const;

/** Collects console errors and page errors for the lifetime of the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Collects every request URL that is not on the page's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** One page of the story: its path under the base, its chapter's slug and the charts it shows. */
export interface StoryPage {
  path: string;
  slug: string;
  charts: string[];
}

/**
 * The story's pages in a locale, read from content/<locale>/: the first chapter shares the cover
 * ("en/"), every other has its own page ("en/hanoi/"). Charts: the frontmatter's, then the steps'.
 */
export function storyPages(locale: string): StoryPage[] {
  const dir = new URL(`../../content/${locale}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => /^\d\d-.+\.mdx$/.test(f))
    .sort()
    .map((file, i) => {
      const slug = file.replace(/^\d\d-/, '').replace(/\.mdx$/, '');
      const text = readFileSync(new URL(file, dir), 'utf8');
      const front = text.match(/^chart:\s*['"]?([\w-]+)/m)?.[1];
      const stepCharts = [...text.matchAll(/<Step\b[^>]*\bchart\s*=\s*"([^"]+)"/g)].map((m) => m[1]!);
      return { path: `${locale}/${i === 0 ? '' : `${slug}/`}`, slug, charts: [...new Set([front ?? '', ...stepCharts])].filter(Boolean) };
    });
}

/** The first story page of a locale that shows a chart (undefined when no chapter names it). */
export function pageShowing(chart: string, locale: string): string | undefined {
  return storyPages(locale).find((p) => p.charts.includes(chart))?.path;
}

/**
 * Opens a page and waits until its scripts have started: they load after the first paint (see
 * src/client/enhance.ts), so a key pressed as soon as `load` fires could reach no listener yet.
 */
export async function openEnhanced(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
}

/** Waits until the current page's scripts have started, or finds it loads none (the fact sheet); fails if they never start. */
export async function scriptsStarted(page: Page): Promise<void> {
  const started = () =>
    page.evaluate(() => document.documentElement.hasAttribute('data-enhanced') || !document.querySelector('script[type="module"][src]')).catch(() => false);
  await expect.poll(started, { message: `${page.url()}: the page's scripts never started` }).toBe(true);
}

/**
 * Shows a chart in its chapter's graphic, as the scroll driver does before it sends the chart a
 * state: the browser does not restyle a chart put aside (content-visibility: hidden), so its parts
 * take a state's look only once it is shown.
 */
export async function showChart(page: Page, id: string): Promise<void> {
  await page.evaluate((chart) => {
    const graphic = document.querySelector<HTMLElement>(`.graphic:has(.chart-slot[data-chart="${chart}"])`);
    if (!graphic) return;
    graphic.dataset.active = chart;
    graphic.querySelectorAll<HTMLElement>('.chart-slot').forEach((slot) => slot.toggleAttribute('data-active', slot.dataset.chart === chart));
  }, id);
}

/**
 * Sends every copy of a chart a state, as src/scrolly/chartEvents.ts's requestChartState does (the
 * event's name is that module's CHART_STATE_EVENT): the state on the root, then the event.
 */
export async function requestStateOnPage(page: Page, chart: string, state: string, { immediate }: { immediate: boolean }): Promise<void> {
  await page.evaluate(
    ([id, s, now, event]) => {
      document.querySelectorAll<HTMLElement>(`[data-chart-root="${id}"]`).forEach((root) => {
        root.dataset.state = s;
        root.dispatchEvent(new CustomEvent(event, { detail: { state: s, immediate: now } }));
      });
    },
    [chart, state, immediate, CHART_STATE_EVENT] as const,
  );
}

/** The grey of a dimmed part's text (--color-chart-dimmed-text), as getComputedStyle writes it. */
export const dimmedTextFill = 'rgb(102, 113, 107)';

export type PartLook = 'full' | 'dimmed' | 'between';

/**
 * How each state part (`[data-in]`) under `root` that matches `selector` looks: 'full' (its marks
 * opaque, its text in its own colour), 'dimmed' (marks at 0.3, text in the dimmed grey) or
 * 'between' (mid-fade, or a mix). Text never fades by opacity: a dimmed label must still read.
 */
export async function partLooks(root: Locator, selector = 'svg.chart-wide [data-in]', { visibleOnly = false } = {}): Promise<{ in: string[]; look: PartLook }[]> {
  const parts = await root.evaluate(
    (el, [sel, visible]) =>
      [...el.querySelectorAll<SVGElement>(sel)]
        .filter((p) => !visible || p.checkVisibility())
        .map((part) => {
          const isText = part.tagName === 'text';
          const marks = isText ? [] : part.tagName === 'g' ? [...part.querySelectorAll(':not(g, text, tspan, title, desc)')] : [part];
          const texts = isText ? [part] : [...part.querySelectorAll('text')];
          // A group's own opacity shows through its children (it should stay 1).
          const own = (m: Element) => (m === part ? 1 : Number(getComputedStyle(part).opacity));
          return {
            in: (part.dataset.in ?? '').split(/\s+/),
            marks: marks.map((m) => own(m) * Number(getComputedStyle(m).opacity)),
            texts: texts.map((t) => ({ fill: getComputedStyle(t).fill, opacity: own(t) * Number(getComputedStyle(t).opacity) })),
          };
        }),
    [selector, visibleOnly] as const,
  );
  return parts.map((p) => {
    const textsFull = p.texts.every((t) => t.opacity === 1 && t.fill !== dimmedTextFill);
    const textsDimmed = p.texts.every((t) => t.opacity === 1 && t.fill === dimmedTextFill);
    const look: PartLook =
      p.marks.every((o) => o === 1) && textsFull ? 'full' : p.marks.every((o) => Math.abs(o - 0.3) < 0.01) && textsDimmed ? 'dimmed' : 'between';
    return { in: p.in, look };
  });
}

/** True when the parts naming `state` are at full strength and every other part is dimmed. */
export function emphasises(looks: { in: string[]; look: PartLook }[], state: string): boolean {
  const on = looks.filter((p) => p.in.includes(state));
  const off = looks.filter((p) => !p.in.includes(state));
  return on.length > 0 && on.every((p) => p.look === 'full') && off.every((p) => p.look === 'dimmed');
}
