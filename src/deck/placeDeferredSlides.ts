/**
 * Puts the deck's deferred slides (src/deck/deferredSlides.ts) on their stage, after the cover. Its
 * own module, importing only a type from there, so the deck's module and the page's entry share
 * no chunk for it.
 */
import { nextTask } from '../client/enhance';
import type { DeferredSlides } from './deferredSlides';

/**
 * Places fetched slides, a chapter per task (parsing them all at once is one long task on a slow
 * phone). When they could not be fetched, the cover's notice asks the presenter to reload, and the
 * deck runs with the cover alone.
 */
export async function placeDeferredSlides(slides: DeferredSlides): Promise<void> {
  const { frame } = slides;
  if (slides.status === 'loaded') {
    const stage = frame.querySelector<HTMLElement>('[data-stage]')!;
    // Each chapter goes after the one before it, the first after the cover.
    let last: Element | null = stage.querySelector('[data-slide]');
    for (const [i, chunk] of slides.chunks.entries()) {
      if (i > 0) await nextTask();
      const next = last ? last.nextElementSibling : stage.firstElementChild;
      if (last) last.insertAdjacentHTML('afterend', chunk);
      else stage.insertAdjacentHTML('afterbegin', chunk);
      last = next ? next.previousElementSibling : stage.lastElementChild;
    }
    return;
  }
  console.error(`The deck's slides could not be loaded: ${slides.reason}`);
  const notice = frame.querySelector<HTMLElement>('[data-slides-failed]');
  if (notice) notice.hidden = false;
}
