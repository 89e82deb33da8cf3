/**
 * Lays out, while the browser is idle, the charts a story's graphic has put aside, so that the
 * scroll that first shows one does not also lay out its whole drawing inside the frame that
 * switches (at 4× CPU slowdown on a phone-sized page that frame ran to 60–90 ms, against a few ms for a chart
 * shown again).
 *
 * A chart put aside is skipped by the browser (`content-visibility: hidden`, Chapter.astro) and
 * keeps whatever layout it last had. Here each is made visible to layout alone, still invisible and
 * out of the flow, for a forced layout, then put aside again. A chart is laid out in parts, one per
 * idle period, so no single task grows long: a whole chart with its data table took 42–47 ms at 4×
 * slowdown, which with the frame's rendering made a long animation frame while the reader scrolled.
 * Warming starts in the first idle period after the story's script has started, while the reader
 * reads the opening: begun at the first scroll, it ran behind a fast reader (idle periods are scarce
 * while the page scrolls) and its parts landed in frames that were already busy. It costs about
 * 10 ms per chart on a phone, a few charts per page.
 */

const whenIdle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function' ? (callback) => requestIdleCallback(callback) : (callback) => setTimeout(callback, 200);

/**
 * The parts of a chart laid out after the rest, each in an idle period of its own, in this order:
 * the drawing, then the data table (visually hidden, but laid out for screen readers, and as
 * costly as the drawing).
 */
const LATER_PARTS = ['.chart-art', '.chart-table'];

/** The slots not yet warmed in every graphic that shows one chart at a time, in the order of the page. */
function slotsToWarm(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.graphic[data-active] > .chart-slot:not([data-active]):not([data-warmed])')];
}

function clearContentVisibility(el: HTMLElement): void {
  el.style.removeProperty('content-visibility');
  if (!el.getAttribute('style')) el.removeAttribute('style');
}

/**
 * Lays out the next part of one slot put aside and puts it aside again. `data-warm-stage` counts
 * the parts done; the slot is marked `data-warmed` once all are.
 */
function warmNextPart(slot: HTMLElement): void {
  const finish = () => {
    slot.removeAttribute('data-warm-stage');
    slot.setAttribute('data-warmed', '');
  };
  // Only a slot the page's CSS actually skips needs it (not under reduced motion, which stacks every chart).
  if (slot.hasAttribute('data-active') || getComputedStyle(slot).contentVisibility !== 'hidden') return finish();
  const stage = Number(slot.dataset.warmStage ?? '0');
  // The parts not yet due are skipped in this layout, as the slot itself is the rest of the time.
  const later = LATER_PARTS.slice(stage).flatMap((selector) => [...slot.querySelectorAll<HTMLElement>(selector)]);
  later.forEach((el) => (el.style.contentVisibility = 'hidden'));
  slot.style.contentVisibility = 'visible';
  void slot.offsetHeight;
  clearContentVisibility(slot);
  later.forEach(clearContentVisibility);
  if (stage < LATER_PARTS.length) slot.dataset.warmStage = String(stage + 1);
  else finish();
}

export function warmChartsWhenIdle(root: Document = document): void {
  const next = () => {
    const [slot] = slotsToWarm(root);
    if (!slot) return;
    warmNextPart(slot);
    whenIdle(next);
  };
  whenIdle(next);
}
