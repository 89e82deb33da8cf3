/**
 * Browser-only: state changes for charts whose states emphasise groups. Elements carry
 * `data-in="state-a state-b"` (the states in which they are emphasised); in any other state they
 * fade to DIMMED (never hidden). A <g data-views data-view-<state>="x y w h"> inside an <svg> tweens
 * that svg's viewBox (narrow layouts pan to the state's panel, like a map zoom). Nothing happens under
 * reduced motion: the chart stays in its finished build-time state.
 */
import { gsap } from 'gsap';
import { onChartState, prefersReducedMotion, type ChartStateDetail } from '../../scrolly/chartEvents';
import { DIMMED, fadeParts } from './fadeParts';


/** Applies a state to one chart root. */
export function animateEmphasis(root: HTMLElement, { state, immediate }: ChartStateDetail): void {
  const duration = immediate ? 0 : 0.5;
  fadeParts(root, (el) => ((el.dataset.in ?? '').split(' ').includes(state) ? 1 : DIMMED), { duration, ease: 'power2.out' });
  root.querySelectorAll<SVGGElement>('[data-views]').forEach((g) => {
    const svg = g.ownerSVGElement;
    const view = g.getAttribute(`data-view-${state}`) ?? g.dataset.viewAll;
    if (!svg || !view) return;
    gsap.to(svg, { attr: { viewBox: view }, duration, overwrite: 'auto', ease: 'power2.inOut' });
  });
}

/** Subscribes every root of `chartId` on the page to state requests (no-op under reduced motion). */
export function startEmphasisMotion(chartId: string): void {
  if (prefersReducedMotion()) return;
  document.querySelectorAll<HTMLElement>(`[data-chart-root="${chartId}"]`).forEach((root) => {
    onChartState(root, (detail) => animateEmphasis(root, detail));
  });
}
