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
  const pageNext = at === -1 ? undefined : all[at + (back ? -1 : 1)];
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
  // A step focused by J or K (not a control itself): on to its first control or the next item's,
  // back to the last control above it.
  if (!scrolly.contains(active)) return undefined;
  const top = topOf(itemOf(active));
  const below = onScreen.find((el) => active.contains(el) || topOf(itemOf(el)) > top);
  const above = onScreen.findLast((el) => !active.contains(el) && topOf(itemOf(el)) < top);
  return back ? (above ?? before) : (below ?? after);
}
