/**
 * Browser side shared by charts whose states emphasise parts rather than move them: elements
 * carry `data-in="state-a state-b"`; in a state, the others fade to 0.25 (never hidden, so no
 * number disappears). Does nothing under reduced motion: the chart stays finished.
 */
import { gsap } from 'gsap';
import { onChartState, prefersReducedMotion } from '../../scrolly/chartEvents';

/** Opacity of parts not named by the current state: dimmed, still readable. */
export const DIMMED = 0.25;

/** Wires every chart root with this id to the step driver's state requests. */
export function animateEmphasis(chartId: string, allState = 'all'): void {
  if (prefersReducedMotion()) return;
  document.querySelectorAll<HTMLElement>(`[data-chart-root="${chartId}"]`).forEach((root) => {
    onChartState(root, ({ state, immediate }) => {
      const parts = [...root.querySelectorAll<SVGElement | HTMLElement>('[data-in]')];
      const known = parts.some((p) => (p.dataset.in ?? '').split(/\s+/).includes(state)) || state === allState;
      if (!known) return;
      parts.forEach((p) => {
        const on = state === allState || (p.dataset.in ?? '').split(/\s+/).includes(state);
        gsap.to(p, { opacity: on ? 1 : DIMMED, duration: immediate ? 0 : 0.45, ease: 'power1.out', overwrite: true });
      });
    });
  });
}
