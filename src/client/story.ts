/** A story page in the browser: the charts listen for state requests before the scroll driver sends the first. */
import { startChartMotion } from '../charts/motion';
import { startScrollDriver } from '../scrolly/scrollDriver';
import { nextTask } from './enhance';

export async function startStory(): Promise<void> {
  startChartMotion();
  await nextTask();
  startScrollDriver();
}
