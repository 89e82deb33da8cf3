/**
 * Lays out, while the browser is idle, the charts a story's graphic has put aside, so that the
 * scroll that first shows one does not also lay out its whole drawing inside the frame that
 * switches (at 4× CPU slowdown on a phone-sized page that frame ran to 60–90 ms, against a few ms for a chart
 * shown again).
 *
 * A chart put aside is skipped by the browser (`content-visibility: hidden`, Chapter.astro) and
 * keeps whatever layout it last had. Here each is made visible to layout alone, still invisible and
 * out of the flow, for one forced layout, then put aside again: one chart per idle period, so no
 * single task grows long. Warming starts when the reader first scrolls: a reader who never scrolls
 * needs no other chart, and the page's first load stays the browser's own.
 */

const whenIdle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function' ? (callback) => requestIdleCallback(callback) : (callback) => setTimeout(callback, 200);

/** The slots not yet warmed in every graphic that shows one chart at a time, in the order of the page. */
function slotsToWarm(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.graphic[data-active] > .chart-slot:not([data-active]):not([data-warmed])')];
}

/** Lays out one slot put aside and puts it aside again; the slot is marked `data-warmed`. */
function warmSlot(slot: HTMLElement): void {
  // Only a slot the page's CSS actually skips needs it (not under reduced motion, which stacks every chart).
  if (slot.hasAttribute('data-active') || getComputedStyle(slot).contentVisibility !== 'hidden') {
    slot.setAttribute('data-warmed', '');
    return;
  }
  slot.style.contentVisibility = 'visible';
  void slot.offsetHeight;
  slot.style.removeProperty('content-visibility');
  if (!slot.getAttribute('style')) slot.removeAttribute('style');
  slot.setAttribute('data-warmed', '');
}

export function warmChartsWhenIdle(root: Document = document): void {
  const next = () => {
    const [slot] = slotsToWarm(root);
    if (!slot) return;
    warmSlot(slot);
    whenIdle(next);
  };
  addEventListener('scroll', () => whenIdle(next), { once: true, passive: true });
}
