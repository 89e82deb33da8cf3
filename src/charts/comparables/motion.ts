/**
 * Browser side of the comparables chart: the named state emphasises one panel (capacity or
 * investment per MW) and dims the other (DIMMED), never hiding it. Nothing at all under reduced
 * motion: the chart stays as built, everything at full strength.
 */
import { gsap } from 'gsap';
import { onChartState, prefersReducedMotion } from '../../scrolly/chartEvents';
import { DIMMED } from '../shared/fadeParts';

/** Subscribes every comparables chart on the page to its state events. */
export function startComparablesMotion(): void {
  if (prefersReducedMotion()) return;
  document.querySelectorAll<HTMLElement>('[data-chart-root="comparables"]').forEach((root) => {
    onChartState(root, ({ state, immediate }) => {
      const panels = root.querySelectorAll<SVGElement>('[data-panel]');
      panels.forEach((el) => {
        const opacity = el.dataset.panel === state ? 1 : DIMMED;
        gsap.to(el, { opacity, duration: immediate ? 0 : 0.45, ease: 'power2.out', overwrite: true });
      });
    });
  });
}
