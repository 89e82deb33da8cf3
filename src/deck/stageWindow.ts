/**
 * On the stage a chart gets the right-hand side of the slide. A tall drawing (the timeline, the
 * province's dashboard, the capacity chart) fitted whole into that space is scaled down by its height
 * until its labels are too small to read across a room. So a slide shows the band of the drawing its
 * state is about, at the slide's full width, as the story's window does on a laptop
 * (../charts/shared/statePan.ts): the band from the state's view (written at build time) or from the
 * parts the state names, measured.
 *
 * The stage is one fixed canvas (./slideStage.ts), so the band is chosen by changing the drawing's
 * viewBox when the slide is shown: no transform, nothing to keep in step with a resize. A chart
 * whose key (legend) lies above the band keeps it in view: a copy of the key is drawn on top of
 * the band (the timeline's lane symbols mean nothing without it).
 */

import { bandTops, clearOfText, endBetweenRows, namesState, readBand, round, textLines, type Band, type DrawingWindow } from '../charts/shared/drawingBands';

/** A window must make the drawing at least this much larger to be worth cutting the rest away. */
const MIN_GAIN = 1.2;

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
  return { top: round(top), height: round(height) };
}

/** Space between the copied key and the band below it, in drawing units. */
const KEY_GAP = 6;

/** The drawing's key band ("top bottom" on its views), if it has one. */
function readKey(svg: SVGSVGElement): Band | null {
  const [top, bottom] = (svg.querySelector('[data-views]')?.getAttribute('data-key') ?? '').split(/\s+/).map(Number);
  return Number.isFinite(top) && Number.isFinite(bottom) && bottom! > top! ? { top: top!, bottom: bottom! } : null;
}

/**
 * Draws a copy of the key's marks and labels `shift` units lower, on the card's colour, so it sits
 * above a band that starts below it. Each copy carries its part's states, so it dims with it.
 */
function drawKeyCopy(svg: SVGSVGElement, key: Band, shift: number, width: number): void {
  const ns = 'http://www.w3.org/2000/svg';
  const group = document.createElementNS(ns, 'g');
  group.setAttribute('data-stage-key', '');
  group.setAttribute('transform', `translate(0 ${round(shift)})`);
  const ground = document.createElementNS(ns, 'rect');
  ground.setAttribute('class', 'stage-key-ground');
  ground.setAttribute('x', '-40');
  ground.setAttribute('y', String(key.top - KEY_GAP));
  ground.setAttribute('width', String(width + 80));
  ground.setAttribute('height', String(key.bottom - key.top + 2 * KEY_GAP));
  group.append(ground);
  for (const el of svg.querySelectorAll<SVGGraphicsElement>('text, rect, path, circle, line')) {
    if (el.closest('defs, [data-views]')) continue;
    const b = el.getBBox();
    if (b.y < key.top - 1 || b.y + b.height > key.bottom + 1) continue;
    const copy = el.cloneNode(true) as SVGGraphicsElement;
    const part = el.closest<SVGElement>('[data-in]');
    if (part) {
      copy.setAttribute('data-in', part.dataset.in!);
      copy.toggleAttribute('data-dimmed', part.hasAttribute('data-dimmed'));
    }
    group.append(copy);
  }
  svg.append(group);
}

/**
 * Rendered size of a drawing's most common text, in screen pixels, with the drawing shown whole:
 * the window the last slide left on it (windowChartToState) must not tip the choice, which would
 * then differ between stepping to a slide and jumping to it.
 */
function textSize(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect();
  const [, , width = 0, height = 0] = (svg.dataset.wholeView ?? svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const view = { width, height };
  if (box.width === 0 || !view.width) return 0;
  const sizes = [...svg.querySelectorAll('text[font-size]')].map((t) => Number(t.getAttribute('font-size'))).sort((a, b) => a - b);
  return (sizes[Math.floor(sizes.length / 2)] ?? 0) * Math.min(box.width / view.width, box.height / view.height);
}

/**
 * For a chart that keeps both layouts on the stage (ChartFrame's `narrowOnStage`: the comparables,
 * whose wide layout sets two panels side by side), shows the narrow drawing where it holds the
 * state's parts and its text comes out larger, else the wide one.
 */
export function chooseStageDrawing(slot: HTMLElement, state: string): void {
  const wide = slot.querySelector<SVGSVGElement>('svg.chart-wide.has-narrow');
  const narrow = slot.querySelector<SVGSVGElement>('svg.chart-narrow');
  if (!wide || !narrow) return;
  slot.removeAttribute('data-drawing');
  if (![...narrow.querySelectorAll('[data-in]')].some((el) => namesState(el, state))) return;
  const wideSize = textSize(wide);
  slot.setAttribute('data-drawing', 'narrow');
  if (textSize(narrow) <= wideSize) slot.removeAttribute('data-drawing');
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
    const setView = (view: string) => {
      if (svg.getAttribute('viewBox') !== view) svg.setAttribute('viewBox', view);
    };
    svg.querySelector('[data-stage-key]')?.remove();
    // Measured whole: the box the stage gives the drawing (its width, and the height left to it).
    setView(svg.dataset.wholeView);
    const box = svg.getBoundingClientRect();
    const chosen = chooseStageWindow({ width, height }, box, readBand(svg, state), bandTops(svg));
    const lines = chosen ? textLines(svg) : [];
    const cleared = chosen && endBetweenRows(clearOfText(chosen, lines, height), lines, height);
    // Anything else (a malformed view) shows the drawing whole.
    const shown = cleared && Number.isFinite(cleared.top) && cleared.height > 0 ? cleared : null;
    const key = shown ? readKey(svg) : null;
    if (shown && key && shown.top > key.bottom) {
      // The key, with a gap above and below it, goes on top of the band.
      const keyHeight = key.bottom - key.top + 2 * KEY_GAP;
      setView(`0 ${round(shown.top - keyHeight)} ${width} ${round(shown.height + keyHeight)}`);
      drawKeyCopy(svg, key, shown.top - keyHeight + KEY_GAP - key.top, width);
    } else if (shown) {
      setView(`0 ${shown.top} ${width} ${shown.height}`);
    }
    art.toggleAttribute('data-windowed', !!shown);
    // A band, or a narrow drawing, shown narrower than the card (scaled to its height) lines up with the title, on the left.
    if (shown || svg.classList.contains('chart-narrow')) svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    else svg.removeAttribute('preserveAspectRatio');
    // A window opened below the drawing's top: a diacritic of the line above may reach past the edge.
    art.toggleAttribute('data-cut-above', !!shown && shown.top > 0);
    // Text runs on below the window: its lower edge fades, a sign there is more.
    art.toggleAttribute('data-cut-below', !!shown && lines.some((l) => l.top >= shown.top + shown.height));
  });
}
