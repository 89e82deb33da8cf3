/**
 * Browser side of the chart registry: how each chart answers state requests. One table, so a
 * page loads a single module for the motion of whichever charts it shows, and a chart added to
 * the registry without motion fails the type check.
 */
import { startComparablesMotion } from './comparables/motion';
import { animateMaps } from './map/motion';
import type { ChartId } from './registry';
import { animateEmphasis } from './shared/emphasis';
import { startEmphasisMotion } from './shared/emphasisMotion';

const chartMotion: Record<ChartId, () => void> = {
  headline: () => animateEmphasis('headline', 'all'),
  market: () => startEmphasisMotion('market'),
  map: animateMaps,
  comparison: () => animateEmphasis('comparison'),
  capacity: () => animateEmphasis('capacity'),
  investment: () => startEmphasisMotion('investment'),
  pipeline: () => animateEmphasis('pipeline'),
  province: () => startEmphasisMotion('province'),
  timeline: () => startEmphasisMotion('timeline'),
  comparables: startComparablesMotion,
};

/** Subscribes every chart on the page to state requests; call before anything sends one. */
export function startChartMotion(root: ParentNode = document): void {
  for (const [id, start] of Object.entries(chartMotion)) {
    if (root.querySelector(`[data-chart-root="${id}"]`)) start();
  }
}
