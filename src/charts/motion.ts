/**
 * Browser side of the chart registry: how each chart answers state requests. One table, so a
 * page loads a single module for the motion of whichever charts it shows, and a chart added to
 * the registry without motion fails the type check.
 */
import { startComparablesMotion } from './comparables/motion';
import { animateMaps } from './map/motion';
import type { ChartId } from './registry';
import type { ReducedMotionCharts } from '../scrolly/chartEvents';
import { startEmphasis } from './shared/emphasis';
import { watchCutEdges } from './shared/statePan';

const chartMotion: Record<ChartId, (reduced: ReducedMotionCharts) => void> = {
  headline: (reduced) => startEmphasis('headline', reduced),
  market: (reduced) => startEmphasis('market', reduced),
  map: animateMaps,
  comparison: (reduced) => startEmphasis('comparison', reduced),
  capacity: (reduced) => startEmphasis('capacity', reduced),
  investment: (reduced) => startEmphasis('investment', reduced),
  pipeline: (reduced) => startEmphasis('pipeline', reduced),
  province: (reduced) => startEmphasis('province', reduced),
  timeline: (reduced) => startEmphasis('timeline', reduced),
  comparables: startComparablesMotion,
};

/**
 * Subscribes every chart on the page to state requests; call before anything sends one.
 * `reduced` says what the charts do under reduced motion (see ReducedMotionCharts).
 */
export function startChartMotion(root: ParentNode = document, reduced: ReducedMotionCharts = 'stay-finished'): void {
  for (const [id, start] of Object.entries(chartMotion)) {
    if (root.querySelector(`[data-chart-root="${id}"]`)) start(reduced);
  }
  watchCutEdges(root);
}
