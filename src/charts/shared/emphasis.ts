/**
 * Browser side shared by charts whose states emphasise parts rather than move them: elements
 * carry `data-in="state-a state-b"`; in a state, the others fade to DIMMED (never hidden, so no
 * number disappears). On the phone layout, whose sticky graphic shows only its top, the view also
 * pans to the state's parts (the finished chart, with every part, is the build-time view).
 * Does nothing under reduced motion: the chart stays finished.
 */
import { gsap } from 'gsap';
import { onChartState, prefersReducedMotion } from '../../scrolly/chartEvents';
import { DIMMED, fadeParts } from './fadeParts';


const panning = new WeakMap<SVGSVGElement, gsap.core.Tween>();

function includes(el: Element, state: string): boolean {
  return ((el as HTMLElement).dataset.in ?? '').split(/\s+/).includes(state);
}

/** Pans the shown phone layout to the parts of the state (or back to the whole chart). */
function focusNarrow(root: HTMLElement, state: string, all: boolean, immediate: boolean) {
  root.querySelectorAll<SVGSVGElement>('svg.chart-narrow').forEach((svg) => {
    const full = (svg.dataset.fullViewBox ??= svg.getAttribute('viewBox') ?? '');
    // The frame lets SVG overflow by default; a panned view must not draw outside its window.
    svg.style.overflow = 'hidden';
    const [, , width, height] = full.split(/\s+/).map(Number) as [number, number, number, number];
    let target = full;
    if (!all && getComputedStyle(svg).display !== 'none') {
      const boxes = [...svg.querySelectorAll<SVGGraphicsElement>('[data-in]')].filter((el) => includes(el, state)).map((el) => el.getBBox());
      if (boxes.length) {
        const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 10);
        const bottom = Math.min(height, Math.max(...boxes.map((b) => b.y + b.height)) + 10);
        target = `0 ${top} ${width} ${bottom - top}`;
      }
    }
    const [x0, y0, w0, h0] = (svg.getAttribute('viewBox') ?? full).split(/\s+/).map(Number) as [number, number, number, number];
    const [x1, y1, w1, h1] = target.split(/\s+/).map(Number) as [number, number, number, number];
    const box = { x: x0, y: y0, w: w0, h: h0 };
    panning.get(svg)?.kill();
    const tween = gsap.to(box, {
      x: x1,
      y: y1,
      w: w1,
      h: h1,
      duration: immediate ? 0 : 0.6,
      ease: 'power2.inOut',
      onUpdate: () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`),
    });
    panning.set(svg, tween);
  });
}

/** Wires every chart root with this id to the step driver's state requests. */
export function animateEmphasis(chartId: string, allState = 'all'): void {
  if (prefersReducedMotion()) return;
  document.querySelectorAll<HTMLElement>(`[data-chart-root="${chartId}"]`).forEach((root) => {
    onChartState(root, ({ state, immediate }) => {
      const parts = [...root.querySelectorAll<SVGElement | HTMLElement>('[data-in]')];
      const all = state === allState;
      if (!all && !parts.some((p) => includes(p, state))) return;
      fadeParts(root, (p) => (all || includes(p, state) ? 1 : DIMMED), { duration: immediate ? 0 : 0.45, ease: 'power1.out' });
      focusNarrow(root, state, all, immediate);
    });
  });
}
