/**
 * Browser side of the map: zooms between the named states by tweening the outline's viewBox and
 * cross-fading each state's points and labels (laid out at build time for that state's window).
 * Under reduced motion it does nothing on a story page (the map stays in its finished build-time
 * state) and switches instantly on a deck (../../scrolly/chartEvents.ts).
 */
import { gsap } from 'gsap';
import { chartsStayFinished, onChartState, type ChartStateDetail, type ReducedMotionCharts } from '../../scrolly/chartEvents';
import { namesState } from '../shared/drawingBands';

const ZOOM_SECONDS = 0.9;

/** Each map's running zoom. It tweens a plain object, not an element, so killTweensOf on the map misses it. */
const zooms = new WeakMap<SVGSVGElement, gsap.core.Tween>();

function parseBox(value: string): number[] {
  return value.split(/\s+/).map(Number);
}

function showState(root: HTMLElement, { state, immediate }: ChartStateDetail) {
  root.querySelectorAll<SVGSVGElement>('svg.map-geo').forEach((geo) => {
    const boxes = JSON.parse(geo.dataset.viewboxes ?? '{}') as Record<string, string>;
    const target = boxes[state];
    if (!target) return;
    const svg = geo.ownerSVGElement ?? geo.parentElement!;
    const layers = [...svg.querySelectorAll<SVGGElement>('[data-in]')];
    // A layer may name several states (data-in="north corridor"), as every other chart's parts may.
    const incoming = layers.filter((g) => namesState(g, state));
    const outgoing = layers.filter((g) => !namesState(g, state));
    // A state asked for mid-zoom replaces the zoom: left running, its end would fade the older
    // state's labels back in over the newer ones.
    zooms.get(geo)?.kill();
    zooms.delete(geo);
    gsap.killTweensOf([geo, ...layers]);
    if (immediate) {
      geo.setAttribute('viewBox', target);
      gsap.set(outgoing, { autoAlpha: 0 });
      gsap.set(incoming, { autoAlpha: 1 });
      return;
    }
    const from = parseBox(geo.getAttribute('viewBox') ?? target);
    const to = parseBox(target);
    const box = { x: from[0]!, y: from[1]!, w: from[2]!, h: from[3]! };
    const outlines = (layers: SVGGElement[]) => layers.filter((g) => g.classList.contains('map-outline'));
    // Labels and points belong to one window: hide them while the outline moves, then show the new ones.
    gsap.to(outgoing.filter((g) => g.classList.contains('map-state')), { autoAlpha: 0, duration: 0.2 });
    // Each state's outline is cut just outside its own window, so while the view moves only the wider
    // window's outline is shown: the closer one's cut edge would slide across the map as a rectangle.
    // Zooming out, the incoming outline takes over at once; zooming in, at the end.
    const zoomingOut = to[2]! > from[2]!;
    if (zoomingOut) {
      gsap.set(outlines(incoming), { autoAlpha: 1 });
      gsap.set(outlines(outgoing), { autoAlpha: 0 });
    }
    const zoom = gsap.to(box, {
      x: to[0]!,
      y: to[1]!,
      w: to[2]!,
      h: to[3]!,
      duration: ZOOM_SECONDS,
      ease: 'power2.inOut',
      onUpdate: () => geo.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`),
      onComplete: () => {
        gsap.set(outlines(incoming), { autoAlpha: 1 });
        gsap.set(outlines(outgoing), { autoAlpha: 0 });
        gsap.to(incoming.filter((g) => g.classList.contains('map-state')), { autoAlpha: 1, duration: 0.35 });
      },
    });
    zooms.set(geo, zoom);
  });
}

/** Wires every map on the page to the step driver's state requests. */
export function animateMaps(reduced: ReducedMotionCharts): void {
  if (chartsStayFinished(reduced)) return;
  document.querySelectorAll<HTMLElement>('[data-chart-root="map"]').forEach((root) => {
    onChartState(root, (detail) => showState(root, detail));
  });
}
