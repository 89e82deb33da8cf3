/**
 * Browser side shared by the charts whose states emphasise parts rather than move them. Parts
 * carry `data-in="state-a state-b"`; in a state, the parts it does not name are dimmed (./fadeParts.ts; never
 * hidden, so no number disappears), and a drawing taller than the graphic slides to the state's parts
 * (./statePan.ts). `allState` shows everything; a state that names no part changes nothing.
 * Under reduced motion it does nothing on a story page (the chart stays finished, as built) and
 * switches instantly on a deck (../../scrolly/chartEvents.ts).
 */
import { chartsStayFinished, onChartState, type ReducedMotionCharts } from '../../scrolly/chartEvents';
import { fadeParts } from './fadeParts';
import { namesState } from './drawingBands';
import { panToState } from './statePan';

/** The state each started root shows, with its chart's "everything" state, for re-sliding on resize. */
const shown = new Map<HTMLElement, { state: string; allState: string }>();
let listening = false;

/** One listener for every chart on the page: a phone turning changes the window's height and the drawing's width; a late font, its text. */
function reslideOnResize(): void {
  if (listening) return;
  listening = true;
  let pending = 0;
  const reslide = () => {
    pending ||= requestAnimationFrame(() => {
      pending = 0;
      shown.forEach(({ state, allState }, root) => panToState(root, state, allState, true));
    });
  };
  addEventListener('resize', reslide);
  // A web font arriving late (a Korean slice) moves the text a window opened between.
  document.fonts?.addEventListener('loadingdone', reslide);
}

/** Wires every chart root with this id on the page to the drivers' state requests. */
export function startEmphasis(chartId: string, reduced: ReducedMotionCharts, allState = 'all'): void {
  if (chartsStayFinished(reduced)) return;
  document.querySelectorAll<HTMLElement>(`[data-chart-root="${chartId}"]`).forEach((root) => {
    onChartState(root, ({ state, immediate }) => {
      const all = state === allState;
      const parts = [...root.querySelectorAll<SVGElement | HTMLElement>('[data-in]')];
      if (!all && !parts.some((p) => namesState(p, state))) return;
      shown.set(root, { state, allState });
      // The pan reads layout, so it goes before the fade writes.
      panToState(root, state, allState, immediate);
      fadeParts(root, (p) => !all && !namesState(p, state), { immediate });
    });
  });
  reslideOnResize();
}
