/**
 * On the stage a chart gets the right-hand side of the slide. A tall drawing (the timeline, the
 * province's dashboard, the capacity chart) fitted whole into that space is scaled down by its height
 * until its labels are too small to read across a room. So a slide shows the band of the drawing its
 * state is about, at the slide's full width, as the story's window does on a laptop
 * (../charts/shared/statePan.ts): the band from the state's view (written at build time) or from the
 * parts the state names, measured.
 *
 * The stage is one fixed canvas (./slideStage.ts), so the band is chosen by changing the drawing's
 * viewBox when the slide is shown: no transform, nothing to keep in step with a resize.
 */

import { clearOfText, textLines, type Band, type DrawingWindow } from '../charts/shared/textEdges';

/** Room kept above and below a measured band, in drawing units, so its labels are not flush with the cut. */
const MEASURED_MARGIN = 10;

/** A window must make the drawing at least this much larger to be worth cutting the rest away. */
const MIN_GAIN = 1.1;

/**
 * The part of a drawing (`width` × `height` units) to show in a box, or null for all of it.
 *
 * At the box's full width the box holds `fit` units of the drawing's height. The window starts at
 * the band's top and runs `fit` units down, or the band's height where that is taller, and ends at
 * the last of `tops` (where another state’s band starts: a row’s or panel’s edge) in its second half,
 * so it does not cut through a label. Where it would run past the drawing's end, the window ends with the
 * drawing and starts higher, for context, again only at one of `tops`. It may then be shorter than the box.
 */
export function chooseStageWindow(
  drawing: { width: number; height: number },
  box: { width: number; height: number },
  band: Band | null,
  tops: number[] = [],
): DrawingWindow | null {
  if (!band || box.width <= 0 || box.height <= 0) return null;
  const fitWhole = Math.min(box.width / drawing.width, box.height / drawing.height);
  const fitWidth = box.width / drawing.width;
  const fit = box.height / fitWidth;
  const bandTop = Math.max(0, band.top);
  let top = bandTop;
  let height = Math.max(fit, band.bottom - bandTop);
  if (top + height > drawing.height) {
    const earliest = drawing.height - Math.max(fit, band.bottom - bandTop);
    top = Math.min(bandTop, ...tops.filter((t) => t >= earliest && t <= bandTop));
    height = drawing.height - top;
  } else {
    // Likewise the window ends where a later band starts, if one does in its second half, rather than through a label.
    const ends = tops.filter((t) => t >= band.bottom - 0.5 && t >= top + 0.5 * height && t <= top + height);
    if (ends.length > 0) height = Math.max(...ends) - top;
  }
  const scale = Math.min(fitWidth, box.height / height);
  if (scale < fitWhole * MIN_GAIN) return null;
  return { top: round(top), height: round(Math.min(height, drawing.height - top)) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The band a state names in one drawing: its build-time view, else its parts' extent; null for none. */
function readBand(svg: SVGSVGElement, state: string): Band | null {
  const views = svg.querySelector<SVGGElement>('[data-views]');
  const view = views?.getAttribute(`data-view-${state}`);
  if (view) {
    const [, y, , h] = view.trim().split(/\s+/).map(Number);
    return { top: y!, bottom: y! + h! };
  }
  const parts = [...svg.querySelectorAll<SVGGraphicsElement>('[data-in]')].filter((el) => statesOf(el).includes(state));
  if (parts.length === 0) return null;
  const boxes = parts.map((el) => el.getBBox());
  return {
    top: Math.min(...boxes.map((b) => b.y)) - MEASURED_MARGIN,
    bottom: Math.max(...boxes.map((b) => b.y + b.height)) + MEASURED_MARGIN,
  };
}

const statesOf = (el: Element) => ((el as SVGElement).dataset.in ?? '').split(/\s+/).filter(Boolean);

/** Where every state's band starts in a drawing: the edges a window may open at. */
function bandTops(svg: SVGSVGElement): number[] {
  const views = svg.querySelector<SVGGElement>('[data-views]');
  const states = views
    ? [...views.attributes].filter((a) => a.name.startsWith('data-view-')).map((a) => a.name.slice('data-view-'.length))
    : [...new Set([...svg.querySelectorAll('[data-in]')].flatMap(statesOf))];
  return states.map((state) => readBand(svg, state)?.top).filter((t): t is number => t !== undefined).map((t) => Math.max(0, t));
}

/**
 * Shows, in each drawing of a chart on the stage, the band of `state` (see chooseStageWindow),
 * and marks the drawing's box where it is cut through so CSS can soften that edge (DeckStage.astro).
 */
export function windowChartToState(slot: HTMLElement, state: string): void {
  slot.querySelectorAll<SVGSVGElement>('svg.chart-svg').forEach((svg) => {
    const art = svg.parentElement;
    svg.dataset.wholeView ??= svg.getAttribute('viewBox') ?? '';
    const [, , width, height] = svg.dataset.wholeView.split(/\s+/).map(Number);
    if (!art || !width || !height) return;
    // Measured whole: the box the stage gives the drawing (its width, and the height left to it).
    const setView = (view: string) => {
      if (svg.getAttribute('viewBox') !== view) svg.setAttribute('viewBox', view);
    };
    setView(svg.dataset.wholeView);
    const box = svg.getBoundingClientRect();
    const chosen = chooseStageWindow({ width, height }, box, readBand(svg, state), bandTops(svg));
    const lines = chosen ? textLines(svg) : [];
    const shown = chosen && clearOfText(chosen, lines, height);
    if (shown) setView(`0 ${shown.top} ${width} ${shown.height}`);
    art.toggleAttribute('data-windowed', !!shown);
    // Text runs on below the window: its lower edge fades, a sign there is more.
    art.toggleAttribute('data-cut-below', !!shown && lines.some((l) => l.top >= shown.top + shown.height));
  });
}
