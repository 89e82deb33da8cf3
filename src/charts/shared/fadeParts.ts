/**
 * Browser-only: dims a chart's parts (elements with `data-in`) that a state does not name.
 *
 * A dimmed part carries `data-dimmed`; the CSS in ChartFrame.astro does the rest, and the browser
 * animates it with no script per frame (a script tween wrote a few hundred inline styles in every
 * frame of a state change). Marks fade to a low opacity, but text does not: any opacity low enough
 * to set a bar back leaves its label below WCAG's 4.5:1, so dimmed text turns a lighter grey that
 * still reads at 4.5:1 on the chart's white. Nothing here reads computed style, so a state change
 * costs no forced style recalculation.
 */

import { skipTransitionOnce } from './skipTransition';

const lastDimmed = new WeakMap<Element, boolean>();

/**
 * Marks every part whose dimming changed. `immediate` (a jump, the first state, the deck's direct
 * moves) skips the transition.
 */
export function fadeParts(root: HTMLElement, isDimmed: (part: HTMLElement | SVGElement) => boolean, { immediate }: { immediate: boolean }): void {
  const changed: [HTMLElement | SVGElement, boolean][] = [];
  root.querySelectorAll<HTMLElement | SVGElement>('[data-in]').forEach((part) => {
    const dimmed = isDimmed(part);
    if (lastDimmed.get(part) === dimmed) return;
    lastDimmed.set(part, dimmed);
    changed.push([part, dimmed]);
  });
  if (changed.length === 0) return;
  root.setAttribute('data-fades', '');
  if (immediate) skipTransitionOnce(root, 'data-fade-instant');
  for (const [part, dimmed] of changed) part.toggleAttribute('data-dimmed', dimmed);
}
