/**
 * Keeps the reader's place when the page's width changes. Turning a phone, or resizing a window,
 * lays the page out anew at the same scroll position: charts leave or join the flow, text rewraps,
 * and the reader found other text on screen. The reader's place is the block of text at the top of
 * what they see, noted whenever the scrolling stops. Once the resizing stops, the page is measured
 * again and that block is brought back to the top of what the reader sees in the new layout, so a
 * step just landed on lands again. Only when the width changes: a phone's address bar showing or
 * hiding changes the height alone.
 */

/** A length from a computed style, in px; 0 for none. */
const lengthOf = (value: string) => parseFloat(value) || 0;

/** The page's scroll padding: the room a jump leaves above its target, clear of the sticky bar. */
const scrollPadding = () => lengthOf(getComputedStyle(document.documentElement).scrollPaddingTop);

/**
 * How far below the window's top the browser's jump to an element's fragment puts the element: the
 * page's scroll padding plus the element's own scroll margin (Chapter.astro gives a step on a phone
 * the room of the sticky graphic above it).
 */
export const fragmentTop = (el: Element) => scrollPadding() + lengthOf(getComputedStyle(el).scrollMarginTop);

/**
 * Where a jump that puts `el` at `offset` below the window's top leaves the page: the scroll
 * position, as near as the page's top and end allow, and the element's top in the window there.
 */
export function fragmentJump(el: Element, offset = fragmentTop(el)): { y: number; top: number } {
  const page = document.documentElement;
  const at = el.getBoundingClientRect().top + scrollY;
  const y = Math.max(0, Math.min(at - offset, page.scrollHeight - page.clientHeight));
  return { y, top: at - y };
}

/**
 * The first of `blocks` (in document order, none inside another) whose foot is below `line`,
 * found by halving, so it costs a few layout reads wherever the page is.
 */
export function firstBelow(blocks: HTMLElement[], line: number): HTMLElement | undefined {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > line) high = middle;
    else low = middle + 1;
  }
  return blocks[low];
}

/** The blocks of text a reader's place is told by: the outermost headings, paragraphs and list items of the page's text. */
function readTextBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, p, dt, dd, li:not(:has(p, li)))')].filter(
    (el) => !el.closest('.graphic, table, svg') && !el.parentElement?.closest('p, dt, dd, li'),
  );
}

/** The sticky graphic standing over a block's step, as on a phone (beside the steps on a laptop it covers none). */
function graphicOver(block: HTMLElement) {
  const step = block.closest<HTMLElement>('[data-step]');
  const graphic = step?.closest('[data-chapter]')?.querySelector<HTMLElement>('.graphic');
  // A chapter's first step comes before its graphic in the page, and is never under it.
  if (!step || !graphic || !(graphic.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING)) return undefined;
  if (getComputedStyle(graphic).position !== 'sticky') return undefined;
  const [g, box] = [graphic.getBoundingClientRect(), step.getBoundingClientRect()];
  return g.left < box.right && g.right > box.left ? { graphic, step } : undefined;
}

/** Where the text the reader sees begins, for a block: below the bar, and below a sticky graphic over its step. */
function shownFrom(block: HTMLElement): number {
  const over = graphicOver(block);
  return over ? fragmentTop(over.step) : scrollPadding();
}

export interface KeepPlaceHooks {
  /** Called when a resize starts: what scrolls past from now on is not a step read. */
  hold(): void;
  /** Called when the resizing has stopped, before the place is looked for: measure the new layout. */
  measure(): void;
  /** Called when the place has been brought back (or could not be): `hold` may end. */
  settle(restored: boolean): void;
  /** Called when the reader chose a place of their own while the resizing went on. */
  cancel(): void;
}

export function keepPlace(root: ParentNode, hooks: KeepPlaceHooks): void {
  const textBlocks = readTextBlocks(root);

  let place: { block: HTMLElement; offset: number } | undefined;
  const notePlace = () => {
    let block = firstBelow(textBlocks, scrollPadding());
    // Under a phone's graphic (stuck below the bar), the reader sees the text from below it.
    const over = block && graphicOver(block);
    if (over && over.graphic.getBoundingClientRect().top <= scrollPadding()) block = firstBelow(textBlocks, shownFrom(block!));
    place = block && { block, offset: block.getBoundingClientRect().top - shownFrom(block) };
  };
  // Noted once the scrolling pauses (a debounce rather than scrollend, which not every browser sends).
  let placeTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(placeTimer);
      placeTimer = setTimeout(notePlace, 150);
    },
    { passive: true },
  );
  notePlace();

  let laidOutWidth = innerWidth;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  let restoring: typeof place;
  const restore = () => {
    const target = restoring;
    restoring = undefined;
    hooks.measure();
    if (!target || !target.block.checkVisibility()) return hooks.settle(false);
    const { block, offset } = target;
    scrollTo({ top: block.getBoundingClientRect().top + scrollY - shownFrom(block) - offset, behavior: 'instant' });
    hooks.settle(true);
  };
  // A reader who scrolls, swipes or presses a key meanwhile has chosen a place of their own.
  const cancelRestore = () => {
    // The width has changed but the browser has not said so yet (it tells of a resize with the next
    // frame): the layout the reader acts on is already the new one, and that resize is not to be
    // answered by bringing back the old place.
    if (innerWidth !== laidOutWidth) laidOutWidth = innerWidth;
    if (!resizeTimer) return;
    clearTimeout(resizeTimer);
    resizeTimer = undefined;
    restoring = undefined;
    hooks.cancel();
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) addEventListener(type, cancelRestore, { passive: true, capture: true });
  addEventListener('resize', () => {
    if (innerWidth === laidOutWidth) return;
    laidOutWidth = innerWidth;
    // A page at its top stays there, though a chapter's first step may already hold the reading line.
    if (!resizeTimer && scrollY < 1) return;
    // The place noted before the first resize of a turn or a drag: later ones already see a new layout.
    if (!resizeTimer) restoring = place;
    hooks.hold();
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      resizeTimer = undefined;
      restore();
    }, 250);
  });
}
