/**
 * Browser-only: fades a chart's parts (elements with `data-in`) to their opacities for a state,
 * doing as little per frame as it can. Only parts the reader can see are tweened; parts in a
 * layout that is not displayed (the narrow SVG on a laptop, the wide one on a phone, a chart the
 * graphic is not showing) are set at once, and parts already at their target are left alone, so a
 * step change animates one layout's changed parts instead of every part of every layout.
 */
import { gsap } from 'gsap';

/** Opacity of the parts a state does not name, in every chart: dimmed, still readable, never hidden. */
export const DIMMED = 0.3;

const lastTarget = new WeakMap<Element, number>();

/** False when the element or an ancestor is display:none (checkVisibility where the browser has it). */
function isDisplayed(el: Element): boolean {
  if ('checkVisibility' in el) return el.checkVisibility();
  return (el as HTMLElement).getClientRects().length > 0;
}

export function fadeParts(root: HTMLElement, targetOf: (part: HTMLElement | SVGElement) => number, options: { duration: number; ease: string }): void {
  const shown = new Map<Element, boolean>();
  root.querySelectorAll<HTMLElement | SVGElement>('[data-in]').forEach((part) => {
    const to = targetOf(part);
    if (lastTarget.get(part) === to) return;
    lastTarget.set(part, to);
    const layout = part.closest('svg.chart-svg') ?? root;
    if (!shown.has(layout)) shown.set(layout, isDisplayed(layout));
    if (shown.get(layout) && options.duration > 0) {
      gsap.to(part, { opacity: to, duration: options.duration, ease: options.ease, overwrite: 'auto' });
    } else {
      gsap.killTweensOf(part, 'opacity');
      gsap.set(part, { opacity: to });
    }
  });
}
