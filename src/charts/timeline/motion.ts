/** Browser-only: emphasis between the timeline chart's named states (see src/charts/registry.ts). */
import { startEmphasisMotion } from '../shared/emphasisMotion';

/** Subscribes every timeline chart on the page. */
export function startTimelineMotion(): void {
  startEmphasisMotion('timeline');
}
