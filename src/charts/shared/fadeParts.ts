/**
 * Browser-only: fades a chart's parts (elements with `data-in`) to their opacities for a state,
 * doing as little per frame as it can. Only parts the reader can see are tweened; parts in a
 * layout that is not displayed (the narrow SVG on a laptop, the wide one on a phone, a chart the
 * graphic is not showing) are set at once, and parts already at their target are left alone, so a
 * step change animates one layout's changed parts instead of every part of every layout.
 *
 * Nothing here reads computed style. A chart has a few hundred parts, and asking the browser for a
 * part's opacity after writing another's makes it recalculate the page's style each time (at 4×
 * CPU, one state change of the investment chart spent a quarter of a second so). A part's opacity
 * is whatever was last written to its inline style, and 1, as drawn, before that.
 */
import { gsap } from 'gsap';

/** Opacity of the parts a state does not name, in every chart: dimmed, still readable, never hidden. */
export const DIMMED = 0.3;

const lastTarget = new WeakMap<Element, number>();

/** False when the element or an ancestor is display:none or visibility:hidden (an inactive chart). */
function isDisplayed(el: Element): boolean {
  if ('checkVisibility' in el) return el.checkVisibility({ visibilityProperty: true });
  return (el as HTMLElement).getClientRects().length > 0;
}

/** The opacity a part shows now: its inline style (written by the last set or tween frame), else as drawn. */
function currentOpacity(part: HTMLElement | SVGElement): number {
  const inline = part.style.opacity;
  return inline === '' ? 1 : Number(inline);
}

export function fadeParts(root: HTMLElement, targetOf: (part: HTMLElement | SVGElement) => number, options: { duration: number; ease: string }): void {
  const shown = new Map<Element, boolean>();
  const changed: { part: HTMLElement | SVGElement; to: number; animate: boolean }[] = [];
  // Reads first (which layouts are on screen), writes after.
  root.querySelectorAll<HTMLElement | SVGElement>('[data-in]').forEach((part) => {
    const to = targetOf(part);
    if (lastTarget.get(part) === to) return;
    lastTarget.set(part, to);
    const layout = part.closest('svg.chart-svg') ?? root;
    if (!shown.has(layout)) shown.set(layout, isDisplayed(layout));
    changed.push({ part, to, animate: shown.get(layout)! && options.duration > 0 });
  });
  if (changed.length === 0) return;
  gsap.killTweensOf(
    changed.map((c) => c.part),
    'opacity',
  );
  // One tween per target opacity rather than one per part: a state change touches up to a few hundred parts.
  const tweens = new Map<number, (HTMLElement | SVGElement)[]>();
  for (const { part, to, animate } of changed) {
    if (animate) tweens.set(to, (tweens.get(to) ?? []).concat(part));
    else part.style.opacity = String(to);
  }
  for (const [to, parts] of tweens) {
    gsap.fromTo(
      parts,
      { opacity: (_: number, part: HTMLElement | SVGElement) => currentOpacity(part) },
      { opacity: to, duration: options.duration, ease: options.ease },
    );
  }
}
