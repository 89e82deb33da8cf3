/** Browser-only: emphasis between the province chart's named states (see src/charts/registry.ts). */
import { startEmphasisMotion } from '../shared/emphasisMotion';

/** Subscribes every province chart on the page. */
export function startProvinceMotion(): void {
  startEmphasisMotion('province');
}
