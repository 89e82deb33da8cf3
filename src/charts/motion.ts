/**
 * Browser side of the chart registry: how each chart answers state requests. One table, so a
 * page loads a single module for the motion of whichever charts it shows, and a chart added to
 * the registry without motion fails the type check.
 */
import { startComparablesMotion } from './comparables/motion';
import { animateMaps } from './map/motion';
import type { ChartId } from './registry';
import { startEmphasis } from './shared/emphasis';
import { watchCutEdges } from './shared/narrowPan';

const chartMotion: Record<ChartId, () => void> = {
  headline: () => startEmphasis('headline'),
  market: () => startEmphasis('market'),
  map: animateMaps,
  comparison: () => startEmphasis('comparison'),
  capacity: () => startEmphasis('capacity'),
  investment: () => startEmphasis('investment'),
  pipeline: () => startEmphasis('pipeline'),
  province: () => startEmphasis('province'),
  timeline: () => startEmphasis('timeline'),
  comparables: startComparablesMotion,
};

/** Subscribes every chart on the page to state requests; call before anything sends one. */
export function startChartMotion(root: ParentNode = document): void {
  for (const [id, start] of Object.entries(chartMotion)) {
    if (root.querySelector(`[data-chart-root="${id}"]`)) start();
  }
  watchCutEdges(root);
}
