/** Browser-only: emphasis between the investment chart's states (total, per-mw, benchmarks, power). */
import { startEmphasisMotion } from '../shared/emphasisMotion';

/** Subscribes every investment chart on the page. */
export function startInvestmentMotion(): void {
  startEmphasisMotion('investment');
}
