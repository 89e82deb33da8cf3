/**
 * Puts the deck's deferred slides (src/deck/deferredSlides.ts) on the stage, after the cover. Its
 * own module, importing only a type from there, so the deck's module and the page's entry share
 * no chunk for it.
 */
import type { DeferredSlides } from './deferredSlides';

/**
 * Places fetched slides. When they could not be fetched, the cover's notice asks the presenter to
 * reload, and the deck runs with the cover alone.
 */
export function placeDeferredSlides(slides: DeferredSlides): void {
  if (slides.status === 'none') return;
  const { frame } = slides;
  if (slides.status === 'loaded') {
    const cover = frame.querySelector('[data-slide]');
    if (cover) cover.insertAdjacentHTML('afterend', slides.markup);
    else frame.querySelector('[data-stage]')?.insertAdjacentHTML('afterbegin', slides.markup);
    return;
  }
  console.error(`The deck's slides could not be loaded: ${slides.reason}`);
  const notice = frame.querySelector<HTMLElement>('[data-slides-failed]');
  if (notice) notice.hidden = false;
}
