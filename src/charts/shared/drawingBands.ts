/**
 * Bands of a drawing and where a window onto it may put its edges, shared by the two windows
 * charts are shown through: a slide's band of a tall chart (../../deck/stageWindow.ts) and the
 * story's pinned chart slid to a state (./statePan.ts).
 *
 * A state's band is its view written at build time (`<g data-views data-view-<state>="x y w h">`),
 * else the extent of the parts it names, measured. Measurements are in the drawing's units, so
 * they hold at any size; they are kept until the page's fonts change, which moves text.
 */

/** A vertical extent in a drawing's units. */
export interface Band {
  top: number;
  bottom: number;
}

/** The part of a drawing a window shows, from `top`, `height` units tall. */
export interface DrawingWindow {
  top: number;
  height: number;
}

/** Room kept above and below a measured band, in drawing units, so its labels are not flush with the cut. */
const MEASURED_MARGIN = 10;

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Moves a window's edges off lines of text they would cut (`lines`: each line's top and bottom):
 * the top down below such a line, the bottom up above it, so a window never shows half a label.
 * The drawing's own edges are not cuts: a label may reach a little past them, and is shown whole.
 */
export function clearOfText(shown: DrawingWindow, lines: Band[], drawingHeight: number): DrawingWindow {
  const crosses = (edge: number) => (edge <= 0 || edge >= drawingHeight ? [] : lines.filter((l) => l.top < edge - 0.5 && l.bottom > edge + 0.5));
  const top = Math.max(shown.top, ...crosses(shown.top).map((l) => l.bottom));
  const bottom = Math.min(shown.top + shown.height, ...crosses(shown.top + shown.height).map((l) => l.top));
  return { top: round(top), height: round(bottom - top) };
}

/**
 * Moves a window's foot up to the widest gap between lines of text in its lower part, so the window
 * ends between two rows (a row's name and its source line stay together) rather than between two
 * lines of one row; the foot sits just above the next line. The drawing's own end stays where it is.
 */
export function endBetweenRows(shown: DrawingWindow, lines: Band[], drawingHeight: number): DrawingWindow {
  const foot = shown.top + shown.height;
  if (foot >= drawingHeight - 0.5) return shown;
  const lower = gapsBetween(lines, drawingHeight).filter((g) => g.from >= shown.top + 0.6 * shown.height && g.to <= foot + 1);
  if (lower.length === 0) return shown;
  const bottom = Math.min(foot, widest(lower).to - 1);
  return { top: shown.top, height: round(bottom - shown.top) };
}

/**
 * Where a window that may open anywhere from `top` to `top + reach` should open: just above the
 * line after the widest gap between lines in that reach (between two rows, not two lines of one
 * label), or at `top` where no gap lies there.
 */
export function openBetweenRows(top: number, reach: number, lines: Band[], drawingHeight: number): number {
  const near = gapsBetween(lines, drawingHeight).filter((g) => g.to > top && g.to <= top + reach);
  return near.length === 0 ? top : round(Math.max(top, widest(near).to - 2));
}

/** Empty space between two lines of text, from the upper one's foot to the lower one's top. */
interface Gap {
  from: number;
  to: number;
}

/** The gaps between a drawing's lines of text, top to bottom, overlapping lines merged (a label beside its value). */
function gapsBetween(lines: Band[], drawingHeight: number): Gap[] {
  const merged: Band[] = [];
  for (const l of [...lines].sort((a, b) => a.top - b.top)) {
    const last = merged.at(-1);
    if (last && l.top < last.bottom) last.bottom = Math.max(last.bottom, l.bottom);
    else merged.push({ ...l });
  }
  return merged.map((l, i) => ({ from: l.bottom, to: merged[i + 1]?.top ?? drawingHeight })).filter((g) => g.to > g.from);
}

const widest = (gaps: Gap[]): Gap => gaps.reduce((a, b) => (b.to - b.from >= a.to - a.from ? b : a));

export function namesState(el: Element, state: string): boolean {
  return statesOf(el).includes(state);
}

const statesOf = (el: Element) => ((el as HTMLElement | SVGElement).dataset.in ?? '').split(/\s+/).filter(Boolean);

interface Measured {
  bands: Map<string, Band | null>;
  tops?: number[];
  lines?: Band[];
}

let measured = new WeakMap<SVGSVGElement, Measured>();
// A web font arriving after the first measurement changes the text's extent.
if (typeof document !== 'undefined') document.fonts?.addEventListener('loadingdone', () => (measured = new WeakMap()));

function measuredOf(svg: SVGSVGElement): Measured {
  let m = measured.get(svg);
  if (!m) measured.set(svg, (m = { bands: new Map() }));
  return m;
}

/** The band a state names in one drawing (its top at 0 or below); null where it names none. */
export function readBand(svg: SVGSVGElement, state: string): Band | null {
  const m = measuredOf(svg);
  if (!m.bands.has(state)) m.bands.set(state, measureBand(svg, state));
  return m.bands.get(state)!;
}

function measureBand(svg: SVGSVGElement, state: string): Band | null {
  const view = svg.querySelector('[data-views]')?.getAttribute(`data-view-${state}`);
  if (view) {
    const [, y, , h] = view.trim().split(/\s+/).map(Number);
    return Number.isFinite(y) && Number.isFinite(h) && h! > 0 ? { top: Math.max(0, y!), bottom: y! + h! } : null;
  }
  const parts = [...svg.querySelectorAll<SVGGraphicsElement>('[data-in]:not([data-stage-key] *)')].filter((el) => namesState(el, state));
  if (parts.length === 0) return null;
  const boxes = parts.map((el) => el.getBBox());
  return {
    top: Math.max(0, Math.min(...boxes.map((b) => b.y)) - MEASURED_MARGIN),
    bottom: Math.max(...boxes.map((b) => b.y + b.height)) + MEASURED_MARGIN,
  };
}

/** Where every state's band starts in a drawing: the edges between its rows and panels. */
export function bandTops(svg: SVGSVGElement): number[] {
  const m = measuredOf(svg);
  if (!m.tops) {
    const views = svg.querySelector('[data-views]');
    const states = views
      ? [...views.attributes].filter((a) => a.name.startsWith('data-view-')).map((a) => a.name.slice('data-view-'.length))
      : [...new Set([...svg.querySelectorAll('[data-in]')].flatMap(statesOf))];
    m.tops = states.map((state) => readBand(svg, state)?.top).filter((t): t is number => t !== undefined);
  }
  return m.tops;
}

/** Each line of text's extent in a drawing, in its units (the charts position text without transforms). */
export function textLines(svg: SVGSVGElement): Band[] {
  const m = measuredOf(svg);
  m.lines ??= [...svg.querySelectorAll<SVGTextElement>('text:not([data-stage-key] text)')].map((el) => {
    const b = el.getBBox();
    return { top: b.y, bottom: b.y + b.height };
  });
  return m.lines;
}
