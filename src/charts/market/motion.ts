/** Browser-only: emphasis between the market chart's named states (see src/charts/registry.ts). */
import { startEmphasisMotion } from '../shared/emphasisMotion';

/** Subscribes every market chart on the page. */
export function startMarketMotion(): void {
  startEmphasisMotion('market');
}
