/**
 * Browser-only: marks an element with `attribute` (which the CSS reads as "transition: none") for
 * two frames, so a change written now jumps instead of animating. Two frames: the change must be
 * styled once without the transition before the transition comes back.
 */
export function skipTransitionOnce(el: Element, attribute: string): void {
  el.setAttribute(attribute, '');
  requestAnimationFrame(() => requestAnimationFrame(() => el.removeAttribute(attribute)));
}
