/**
 * Browser side of the comparables chart: the named state emphasises one panel (capacity or
 * investment per MW) and dims the other (../shared/fadeParts.ts), never hiding it. Each panel's parts carry
 * `data-in` with the panel's state, so the fade is the shared CSS one (../shared/fadeParts.ts).
 * There is no phone slide: both panels sit in every row. Under reduced motion nothing at all on a
 * story page (the chart stays as built, everything at full strength); on a deck the states switch
 * instantly.
 */
import { chartsStayFinished, onChartState, type ReducedMotionCharts } from '../../scrolly/chartEvents';
import { fadeParts } from '../shared/fadeParts';
import { namesState } from '../shared/drawingBands';

/** Subscribes every comparables chart on the page to its state events. */
export function startComparablesMotion(reduced: ReducedMotionCharts): void {
  if (chartsStayFinished(reduced)) return;
  document.querySelectorAll<HTMLElement>('[data-chart-root="comparables"]').forEach((root) => {
    onChartState(root, ({ state, immediate }) => fadeParts(root, (part) => !namesState(part, state), { immediate }));
  });
}
