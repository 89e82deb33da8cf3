/** A deck page (audience or speaker) in the browser: the charts listen for state requests before the deck sends the first. */
import { startChartMotion } from '../charts/motion';
import { startDeck } from '../deck/startDeck';
import { nextTask } from './enhance';

export async function startDeckPage(role: Parameters<typeof startDeck>[0]): Promise<void> {
  startChartMotion();
  await nextTask();
  startDeck(role);
}
