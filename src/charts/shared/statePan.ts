/**
 * Browser-only: the sticky graphic is a window onto a chart that may be taller than it: on a
 * phone, where it takes 55% of the screen, most charts; on a laptop, the tallest (the timeline, the
 * province's dashboard), whose last rows and source line would otherwise stay below the screen's
 * edge while the steps about them are read. A state brings its parts into that window by sliding
 * the drawing shown up (a chart draws two, for narrow and wide columns, and shows one).
 *
 * The slide is a CSS transform with a CSS transition (Chapter.astro), which the compositor runs:
 * no script and no layout per frame, and the graphic keeps its height, so the text below it does
 * not move. (Tweening the SVG's viewBox instead laid the drawing, its text and the page around it
 * out again in every frame, the longest frames measured while scrolling on a slow phone.)
 *
 * Where a state's band is written at build time (`<g data-views data-view-<state>="x y w h">`) it
 * is used; otherwise the parts the state names are measured once and remembered.
 */

import { skipTransitionOnce } from './skipTransition';
import { clearOfText, textLines, type Band } from './textEdges';

/**
 * False where the graphic is in the flow (a phone held sideways, reduced motion, print). Chapter.astro
 * says which layouts make it a window, with `--graphic-window: 1`; reading that, rather than
 * repeating its media queries here, keeps the two from drifting apart.
 */
function graphicIsWindow(graphic: Element): boolean {
  return getComputedStyle(graphic).getPropertyValue('--graphic-window').trim() === '1';
}
/** Room left above a measured band, in drawing units, so its first label is not flush with the edge. */
const MARGIN = 10;

const measuredTops = new WeakMap<SVGSVGElement, Map<string, number | null>>();

export function namesState(el: Element, state: string): boolean {
  return ((el as HTMLElement | SVGElement).dataset.in ?? '').split(/\s+/).includes(state);
}

/** Top of the state's band in the drawing's units, or null to show the chart from its top. */
function bandTop(svg: SVGSVGElement, state: string, allState: string): number | null {
  const views = svg.querySelector<SVGGElement>('[data-views]');
  if (views) {
    const view = views.getAttribute(`data-view-${state}`);
    return view ? Number(view.trim().split(/\s+/)[1]) : null;
  }
  if (state === allState) return null;
  const known = measuredTops.get(svg) ?? new Map<string, number | null>();
  measuredTops.set(svg, known);
  if (!known.has(state)) {
    const tops = [...svg.querySelectorAll<SVGGraphicsElement>('[data-in]')].filter((el) => namesState(el, state)).map((el) => el.getBBox().y);
    known.set(state, tops.length ? Math.max(0, Math.min(...tops) - MARGIN) : null);
  }
  return known.get(state)!;
}

const textLinesBySvg = new WeakMap<SVGSVGElement, Band[]>();

/** The drawing's lines of text, measured once (in its units, they do not change). */
function linesOf(svg: SVGSVGElement): Band[] {
  let lines = textLinesBySvg.get(svg);
  if (!lines) textLinesBySvg.set(svg, (lines = textLines(svg)));
  return lines;
}

/** Where each state's band starts in a drawing, in its units: the edges between its rows and panels. */
function bandTops(svg: SVGSVGElement, allState: string): number[] {
  const views = svg.querySelector<SVGGElement>('[data-views]');
  const states = views
    ? [...views.attributes].filter((a) => a.name.startsWith('data-view-')).map((a) => a.name.slice('data-view-'.length))
    : [...new Set([...svg.querySelectorAll<SVGElement>('[data-in]')].flatMap((el) => (el.dataset.in ?? '').split(/\s+/).filter(Boolean)))];
  return states.map((state) => bandTop(svg, state, allState)).filter((t): t is number => t !== null);
}

/**
 * Slides each shown drawing of a chart so the state's band starts at the top of the graphic's
 * window. Near the chart's end, where that would leave empty space below it, the window starts
 * higher, at the first edge of another state's band that shows the chart to its end: never
 * partway through a row or a panel, which showed a panel's numbers without its heading.
 */
export function panToState(root: HTMLElement, state: string, allState: string, immediate: boolean): void {
  const graphic = root.closest<HTMLElement>('.graphic');
  if (!graphic || !graphicIsWindow(graphic)) return;
  root.querySelectorAll<SVGSVGElement>('svg.chart-svg').forEach((svg) => {
    const art = svg.parentElement;
    // All reads (layout is clean here: state changes arrive in an animation frame) before the write.
    const box = svg.getBoundingClientRect();
    if (!art || box.width === 0 || box.height === 0) return; // not displayed: the other layout or an inactive chart
    const top = bandTop(svg, state, allState);
    // The window ends where the drawing's box ends (it gives way to the source line below it), or
    // at the graphic's edge.
    const artBox = art.getBoundingClientRect();
    const windowHeight = Math.min(graphic.getBoundingClientRect().bottom, artBox.bottom) - artBox.top;
    const scale = box.width / svg.viewBox.baseVal.width;
    const lowest = Math.max(0, box.height - windowHeight);
    let shift = top === null ? 0 : top * scale;
    if (top !== null && shift > lowest) {
      const edges = bandTops(svg, allState).filter((t) => t * scale >= lowest - 0.5 && t <= top);
      shift = Math.min(top, ...edges) * scale;
    }
    // A band's edge may still fall through a wrapped label of the row above it: open below that line.
    if (shift > 0) shift = clearOfText({ top: shift / scale, height: 0 }, linesOf(svg), svg.viewBox.baseVal.height).top * scale;
    // A share of the drawing's own height, so it scales with the drawing until the next pan.
    svg.style.setProperty('--pan', `${((-shift / box.height) * 100).toFixed(3)}%`);
    // The window's top edge falls between bands; its foot may cut through a line, and fades (Chapter.astro).
    art.toggleAttribute('data-cut-below', box.height - shift > windowHeight + 1);
    if (immediate) skipTransitionOnce(svg, 'data-pan-instant');
  });
}

/**
 * Marks each slid drawing cut at the window's bottom edge (`data-cut-below`), so Chapter.astro
 * fades the edge instead of slicing through a line of text. Charts that slide (above) mark it
 * with each state; this catches every drawing as it is laid out or resized, slid or not.
 */
export function watchCutEdges(root: ParentNode = document): void {
  if (typeof ResizeObserver === 'undefined') return;
  const sizes = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const art = target as HTMLElement;
      if (!graphicIsWindow(art.closest('.graphic')!)) continue;
      const svg = [...art.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().height > 0);
      const height = svg?.getBoundingClientRect().height ?? 0;
      if (!svg || height === 0) continue; // the chart is put aside
      const shift = (-(parseFloat(svg.style.getPropertyValue('--pan')) || 0) / 100) * height;
      art.toggleAttribute('data-cut-below', height - shift > art.clientHeight + 1);
    }
  });
  root.querySelectorAll<HTMLElement>('.graphic .chart-art').forEach((art) => sizes.observe(art));
}
