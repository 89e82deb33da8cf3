/**
 * Under reduced motion on a laptop, the graphic does not follow the steps: every chart stays in
 * the flow, whole and finished (the story's promise for that setting). Stacked at the top of the
 * right column, though, the charts all stood beside the first steps and the later steps beside
 * nothing. Here each chart is moved down to start level with the first step that shows it and
 * stays pinned beside the steps that follow, until the next chart's first step: below the bar if it
 * fits on the screen; if not, once its lower edge reaches the screen's, so the reader has scrolled
 * past its top and its last rows (a timeline's latest laws, a map's legend and source) stay in view.
 * Nothing moves by itself: the charts only go by as the reader scrolls.
 *
 * A chart the story comes back to after another (capacity, then the banks, then capacity again)
 * would stand only beside its first steps; each return gets a copy of it (repeatSlot.ts), placed
 * like the others, so every step has the chart it talks about beside it.
 *
 * Chapter.astro says which layouts want this, with `--graphic-beside-steps: 1` on the graphic;
 * reading that keeps this module and the CSS from drifting apart.
 */

import { repeatSlot } from './repeatSlot';

/** A run of consecutive steps that show one chart: its chart and the steps' indexes. */
export interface ChartRun {
  chart: string;
  steps: number[];
}

/** The runs of steps by chart, in reading order; a chart the story returns to has a run per return. */
export function chartRuns(stepCharts: readonly string[]): ChartRun[] {
  const runs: ChartRun[] = [];
  stepCharts.forEach((chart, i) => {
    const last = runs.at(-1);
    if (last?.chart === chart) last.steps.push(i);
    else runs.push({ chart, steps: [i] });
  });
  return runs;
}

/**
 * How tall each chart's box must be, given where it should start (`anchors`: the top of the first
 * step showing it, measured from the graphic's top, in the graphic's order), its own height, the
 * grid gap between boxes and where the last step ends. A box runs from where its chart starts to
 * just before the next chart starts, so the chart can stay pinned inside it for that stretch; a
 * chart never starts before the one above it has ended.
 */
export function boxHeightsBesideSteps(anchors: readonly number[], heights: readonly number[], gap: number, end: number): number[] {
  const tops: number[] = [];
  anchors.forEach((anchor, i) => {
    const previousEnd = i === 0 ? 0 : tops[i - 1]! + heights[i - 1]! + gap;
    tops.push(Math.max(anchor, previousEnd));
  });
  return tops.map((top, i) => {
    const nextTop = i + 1 < tops.length ? tops[i + 1]! - gap : end;
    return Math.max(heights[i]!, nextTop - top);
  });
}

/** Where a chart that fits is pinned: below the bar, as the sticky graphic is (5rem). */
const PIN_TOP = 5 * 16;
/** The margin kept under a chart too tall for the screen, pinned by its lower edge. */
const PIN_BOTTOM = 16;

/** The sticky `top` of a chart of this height: below the bar, or less (negative) if it is taller than the screen. */
export function pinTop(height: number, screenHeight: number): number {
  return Math.min(PIN_TOP, screenHeight - PIN_BOTTOM - height);
}

/** True when the page's CSS lays this graphic's charts out beside their steps (reduced motion, laptop). */
export function besideSteps(graphic: HTMLElement): boolean {
  return getComputedStyle(graphic).getPropertyValue('--graphic-beside-steps').trim() === '1';
}

/**
 * Gives each run of steps its slot, named by the steps (`data-steps`): a chart's own slot for its
 * first run and a copy for each return, made once and kept while the layout lasts, right after the
 * previous run's slot. The charts' own slots are never moved (that would drop a focus inside one).
 * Returns the graphic's slots in their new order.
 */
function slotsForRuns(graphic: HTMLElement, runs: ChartRun[], steps: HTMLElement[]): HTMLElement[] {
  const own = [...graphic.querySelectorAll<HTMLElement>(':scope > .chart-slot:not([data-repeat])')];
  const copies = new Map([...graphic.querySelectorAll<HTMLElement>(':scope > .chart-slot[data-repeat]')].map((slot) => [slot.dataset.repeat!, slot]));
  const seen = new Set<string>();
  let previous: HTMLElement | undefined;
  runs.forEach((run, r) => {
    const slot = own.find((s) => s.dataset.chart === run.chart);
    if (!slot) return;
    let placed = slot;
    if (seen.has(run.chart)) {
      placed = copies.get(String(r)) ?? repeatSlot(slot, r);
      copies.delete(String(r));
      if (previous && placed.previousElementSibling !== previous) previous.after(placed);
    }
    seen.add(run.chart);
    placed.dataset.steps = run.steps.map((i) => steps[i]!.id).join(' ');
    previous = placed;
  });
  copies.forEach((slot) => slot.remove());
  return [...graphic.querySelectorAll<HTMLElement>(':scope > .chart-slot')];
}

function placeCharts(scrolly: HTMLElement): void {
  const graphic = scrolly.querySelector<HTMLElement>('.graphic');
  if (!graphic) return;
  if (!besideSteps(graphic)) {
    graphic.querySelectorAll(':scope > .chart-slot[data-repeat]').forEach((copy) => copy.remove());
    graphic.querySelectorAll<HTMLElement>(':scope > .chart-slot').forEach((slot) => {
      slot.style.removeProperty('--beside-h');
      slot.style.removeProperty('--pin-top');
      delete slot.dataset.steps;
    });
    return;
  }
  const steps = [...scrolly.querySelectorAll<HTMLElement>('[data-step]')];
  const origin = graphic.getBoundingClientRect().top;
  const chapterChart = scrolly.closest<HTMLElement>('[data-chapter]')?.dataset.chart ?? '';
  const runs = chartRuns(steps.map((s) => s.dataset.chart || chapterChart));
  const slots = slotsForRuns(graphic, runs, steps);
  const anchorOf = (slot: HTMLElement) => {
    const first = slot.dataset.steps?.split(' ')[0];
    const step = first ? document.getElementById(first) : null;
    return step ? step.getBoundingClientRect().top - origin : 0;
  };
  const charts = slots.map((slot) => slot.firstElementChild as HTMLElement | null);
  const heights = charts.map((chart) => chart?.getBoundingClientRect().height ?? 0);
  const gap = parseFloat(getComputedStyle(graphic).rowGap) || 0;
  const end = Math.max(0, ...steps.map((s) => s.getBoundingClientRect().bottom - origin));
  const boxes = boxHeightsBesideSteps(slots.map(anchorOf), heights, gap, end);
  slots.forEach((slot, i) => {
    // A variable, not min-height itself: Chapter.astro applies it on screens only, so print keeps
    // the plain stack.
    slot.style.setProperty('--beside-h', `${Math.round(boxes[i]!)}px`);
    slot.style.setProperty('--pin-top', `${Math.round(pinTop(heights[i]!, innerHeight))}px`);
  });
}

/** Places every chapter's charts beside their steps, and again whenever the text or a chart changes size. */
export function startChartsBesideSteps(root: Document = document): void {
  const scrollies = [...root.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (scrollies.length === 0) return;
  let frame = 0;
  const placeAll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      scrollies.forEach(placeCharts);
    });
  };
  // The steps' and charts' sizes, not the graphic's: the graphic's height is what this writes.
  const sizes = new ResizeObserver(placeAll);
  scrollies.forEach((scrolly) => {
    scrolly.querySelectorAll<HTMLElement>('.steps, .graphic > .chart-slot > *').forEach((el) => sizes.observe(el));
  });
  addEventListener('resize', placeAll);
  // A table opened in a pinned chart scrolls inside it (Chapter.astro): bring the source line and
  // the table into view there, as the sheet does. (The toggle's own handler has run by now.)
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.<HTMLButtonElement>('.chart-table-toggle');
    const slot = button?.closest<HTMLElement>('.graphic > .chart-slot');
    const chart = slot?.firstElementChild as HTMLElement | null | undefined;
    if (!button || !chart || !besideSteps(slot!.parentElement!)) return;
    const foot = button.closest('.chart-foot') ?? button;
    // To the top of what shows of the chart: a chart taller than the screen is pinned with its top
    // above the screen's edge, and the toggle would be scrolled out of sight up there.
    const shownTop = Math.max(chart.getBoundingClientRect().top, PIN_TOP);
    chart.scrollTop = button.getAttribute('aria-expanded') === 'true' ? chart.scrollTop + foot.getBoundingClientRect().top - shownTop : 0;
  });
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', placeAll);
  placeAll();
}
