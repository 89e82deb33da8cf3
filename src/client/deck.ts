/** A deck page (audience or speaker) in the browser: the charts listen for state requests before the deck sends the first. */
import { startChartMotion } from '../charts/motion';
import type { DeferredSlides } from '../deck/deferredSlides';
import { placeDeferredSlides } from '../deck/placeDeferredSlides';
import { startDeck } from '../deck/startDeck';
import { nextTask } from './enhance';

export async function startDeckPage(role: Parameters<typeof startDeck>[0], slides: DeferredSlides[] = []): Promise<void> {
  // The slides first: the charts and the deck read them from the page.
  for (const stage of slides) await placeDeferredSlides(stage);
  await nextTask();
  startChartMotion(document, 'switch-instantly');
  await nextTask();
  startDeck(role);
}
