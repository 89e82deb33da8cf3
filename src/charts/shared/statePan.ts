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
 * is used; otherwise the parts the state names are measured, and kept until the fonts change
 * (./drawingBands.ts).
 */

import { skipTransitionOnce } from './skipTransition';
import { bandTops, clearOfText, openBetweenRows, readBand, textLines } from './drawingBands';

/**
 * False where the graphic is in the flow (a phone held sideways, reduced motion, print). Chapter.astro
 * says which layouts make it a window, with `--graphic-window: 1`; reading that, rather than
 * repeating its media queries here, keeps the two from drifting apart.
 */
function graphicIsWindow(graphic: Element): boolean {
  return getComputedStyle(graphic).getPropertyValue('--graphic-window').trim() === '1';
}
/** Top of the state's band in the drawing's units, or null to show the chart from its top. */
function bandTop(svg: SVGSVGElement, state: string, allState: string): number | null {
  // Without build-time views, "everything" names no parts of its own: it shows the chart from its top.
  if (state === allState && !svg.querySelector('[data-views]')) return null;
  return readBand(svg, state)?.top ?? null;
}

/**
 * How much of the window may stay empty below the chart's end so that the window opens at a band's
 * edge, or else between two rows of text (not two lines of one label, nor in a panel's axis).
 */
const MAX_EMPTY_SHARE = 0.15;

/**
 * Slides each shown drawing of a chart so the state's band starts at the top of the graphic's
 * window. Near the chart's end, where that would leave the window's foot empty, the window starts
 * higher: at the first edge of another state's band from which the chart still reaches the foot,
 * or at most a little short of it (MAX_EMPTY_SHARE), so it opens on a panel's heading, not on the
 * middle of the panel above; else at the widest gap between rows of text within that reach.
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
    const windowHeight = windowHeightOf(art, graphic);
    const scale = box.width / svg.viewBox.baseVal.width;
    const lowest = Math.max(0, box.height - windowHeight);
    let shift = top === null ? 0 : top * scale;
    if (top !== null && shift > lowest) {
      const reach = MAX_EMPTY_SHARE * windowHeight;
      const edges = [top, ...bandTops(svg)].filter((t) => t <= top && t * scale >= lowest - 0.5 && t * scale - lowest <= reach);
      shift =
        edges.length > 0
          ? Math.min(...edges) * scale
          : openBetweenRows(lowest / scale, reach / scale, textLines(svg), svg.viewBox.baseVal.height) * scale;
    }
    // A band's edge may still fall through a wrapped label of the row above it: open below that line.
    if (shift > 0) shift = clearOfText({ top: shift / scale, height: 0 }, textLines(svg), svg.viewBox.baseVal.height).top * scale;
    // A share of the drawing's own height, so it scales with the drawing until the next pan.
    svg.style.setProperty('--pan', `${((-shift / box.height) * 100).toFixed(3)}%`);
    // The window's top edge falls between bands; its foot may cut through a line, and fades (Chapter.astro).
    art.toggleAttribute('data-cut-below', box.height - shift > windowHeight + 1);
    if (immediate) skipTransitionOnce(svg, 'data-pan-instant');
  });
}

/**
 * The height of the window onto a drawing: it ends where the drawing's box ends (which gives way to
 * the source line below it), or at the graphic's edge if that comes first.
 */
function windowHeightOf(art: HTMLElement, graphic: HTMLElement): number {
  const artBox = art.getBoundingClientRect();
  return Math.min(graphic.getBoundingClientRect().bottom, artBox.bottom) - artBox.top;
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
      const graphic = art.closest<HTMLElement>('.graphic')!;
      if (!graphicIsWindow(graphic)) continue;
      const svg = [...art.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().height > 0);
      const height = svg?.getBoundingClientRect().height ?? 0;
      if (!svg || height === 0) continue; // the chart is put aside
      const shift = (-(parseFloat(svg.style.getPropertyValue('--pan')) || 0) / 100) * height;
      // The same window as the pan's (above), so a resize cannot flip the fade the pan set.
      art.toggleAttribute('data-cut-below', height - shift > windowHeightOf(art, graphic) + 1);
    }
  });
  root.querySelectorAll<HTMLElement>('.graphic .chart-art').forEach((art) => sizes.observe(art));
}
