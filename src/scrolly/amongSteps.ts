/**
 * Where a phone shows no pinned chart (reduced motion, or held sideways), the charts stand among
 * the steps, each above the first step that shows it (Chapter.astro, src/utils/flowRows.ts). The
 * page keeps its order, the first step, then every chart, then the other steps, which the pinned
 * layouts need; only the grid rows change. So the page's Tab order would go from the first step
 * through every chart before the second step, while the screen shows them apart. Here Tab and
 * Shift+Tab follow the order on screen instead, within the chapter's steps and charts, and enter
 * and leave them where the page's order does.
 */

/** True when the page's CSS puts this graphic's charts among the steps: the graphic then hands them to the chapter's grid. */
export function amongSteps(graphic: Element): boolean {
  return getComputedStyle(graphic).display === 'contents';
}

/** The grid item a control is in: its step, or its chart's slot. */
function itemOf(el: Element): Element {
  return el.closest('[data-step], .chart-slot') ?? el;
}

/**
 * The controls in the order on screen: by the top of the step or chart each is in (the grid's
 * items stand one above another), and within one item in the page's order (a stable sort).
 */
export function inScreenOrder(controls: readonly HTMLElement[], topOf: (item: Element) => number): HTMLElement[] {
  const tops = new Map<Element, number>();
  const top = (el: Element) => {
    const item = itemOf(el);
    if (!tops.has(item)) tops.set(item, topOf(item));
    return tops.get(item)!;
  };
  return [...controls].sort((a, b) => top(a) - top(b));
}

/**
 * Where Tab (or Shift+Tab, `back`) should go from `active`, given every control of the page in the
 * page's order; undefined to leave it to the browser (outside a chapter's steps and charts, or
 * where the charts are not among the steps).
 */
export function tabAmongSteps(all: readonly HTMLElement[], active: Element, back: boolean, topOf: (item: Element) => number = (item) => item.getBoundingClientRect().top): HTMLElement | undefined {
  const at = all.indexOf(active as HTMLElement);
  // Where the page's order goes next: from a control, its neighbour; from anything else (the main
  // landmark after the skip link, a heading clicked), the first control after it or the last before.
  const pageNext =
    at !== -1
      ? all[at + (back ? -1 : 1)]
      : back
        ? all.findLast((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
        : all.find((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const scrolly = active.closest('[data-scrolly]') ?? pageNext?.closest('[data-scrolly]');
  const graphic = scrolly?.querySelector('.graphic');
  if (!scrolly || !graphic || !amongSteps(graphic)) return undefined;
  const inside = all.filter((el) => scrolly.contains(el));
  if (inside.length === 0) return undefined;
  // The block is entered from the control before it in the page and left to the one after it.
  const before = all[all.indexOf(inside[0]!) - 1];
  const after = all[all.indexOf(inside.at(-1)!) + 1];
  const onScreen = inScreenOrder(inside, topOf);
  const sequence = [before, ...onScreen, after];
  const i = sequence.indexOf(active as HTMLElement);
  if (i !== -1) return sequence[i + (back ? -1 : 1)];
  // Coming in from elsewhere: to the first or last control on screen.
  if (!scrolly.contains(active)) return pageNext && scrolly.contains(pageNext) ? (back ? onScreen.at(-1) : onScreen[0]) : undefined;
  // A step focused by J or K (not a control itself): on to its first control or the next item's,
  // back to the last control above it.
  const top = topOf(itemOf(active));
  const below = onScreen.find((el) => active.contains(el) || topOf(itemOf(el)) > top);
  const above = onScreen.findLast((el) => !active.contains(el) && topOf(itemOf(el)) < top);
  return back ? (above ?? before) : (below ?? after);
}

/** The gap between a chart and the step below it is its margin and the step's padding: under 3rem. */
const CHART_GAP = 48;
/** A chart taller than this share of the screen is not brought in with its step: the step's lead would fall out of view. */
const CHART_SHARE = 0.8;

/**
 * The chart standing just above a step, where the charts stand among the steps and the chart is
 * short enough to show with the step's first lines: Next and J bring the step in with the chart it
 * introduces, rather than scrolling the chart away above the screen.
 */
export function chartJustAbove(step: HTMLElement, graphic: Element): HTMLElement | undefined {
  if (!amongSteps(graphic)) return undefined;
  const top = step.getBoundingClientRect().top;
  return [...graphic.querySelectorAll<HTMLElement>(':scope > .chart-slot')].find((slot) => {
    const box = slot.getBoundingClientRect();
    return box.bottom <= top + 1 && top - box.bottom < CHART_GAP && box.height <= innerHeight * CHART_SHARE;
  });
}
