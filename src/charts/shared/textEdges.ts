/**
 * Where a window onto a drawing (a slide's band of a chart, ../../deck/stageWindow.ts; a pinned
 * chart slid to a state, ./statePan.ts) may put its edges: between lines of text, not through one.
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

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Moves a window's edges off lines of text they would cut (`lines`: each line's top and bottom):
 * the top down below such a line, the bottom up above it, so a window never shows half a label.
 */
export function clearOfText(shown: DrawingWindow, lines: Band[], drawingHeight: number): DrawingWindow {
  // The drawing's own edges are not cuts: a label may reach a little past them, and is shown whole.
  const crosses = (edge: number) => (edge <= 0 || edge >= drawingHeight ? [] : lines.filter((l) => l.top < edge - 0.5 && l.bottom > edge + 0.5));
  const top = Math.max(shown.top, ...crosses(shown.top).map((l) => l.bottom));
  const bottom = Math.min(shown.top + shown.height, ...crosses(shown.top + shown.height).map((l) => l.top));
  return { top: round(top), height: round(bottom - top) };
}

/** Each line of text's extent in a drawing, in its units (the charts position text without transforms). */
export function textLines(svg: SVGSVGElement): Band[] {
  return [...svg.querySelectorAll<SVGTextElement>('text')].map((el) => {
    const b = el.getBBox();
    return { top: b.y, bottom: b.y + b.height };
  });
}
