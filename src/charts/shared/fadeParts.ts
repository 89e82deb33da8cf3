/**
 * Browser-only: fades a chart's parts (elements with `data-in`) to their opacities for a state.
 *
 * The fade itself is a CSS transition (ChartFrame.astro, on roots marked `data-fades`): this only
 * writes each changed part's target opacity, once, and the browser animates it with no script per
 * frame. (A script tween wrote a few hundred inline styles in every frame of a state change.) Parts
 * in a layout that is not displayed take their opacity at once: unrendered elements do not transition.
 * Nothing here reads computed style, so a state change costs no forced style recalculation.
 */

import { skipTransitionOnce } from './skipTransition';

/** Opacity of the parts a state does not name, in every chart: dimmed, still readable, never hidden. */
export const DIMMED = 0.3;

const lastTarget = new WeakMap<Element, number>();

/**
 * Sets every part whose target changed. `immediate` (a jump, the first state, the deck's direct
 * moves) skips the transition.
 */
export function fadeParts(root: HTMLElement, targetOf: (part: HTMLElement | SVGElement) => number, { immediate }: { immediate: boolean }): void {
  const changed: [HTMLElement | SVGElement, number][] = [];
  root.querySelectorAll<HTMLElement | SVGElement>('[data-in]').forEach((part) => {
    const to = targetOf(part);
    if (lastTarget.get(part) === to) return;
    lastTarget.set(part, to);
    changed.push([part, to]);
  });
  if (changed.length === 0) return;
  root.setAttribute('data-fades', '');
  if (immediate) skipTransitionOnce(root, 'data-fade-instant');
  for (const [part, to] of changed) part.style.opacity = String(to);
}
