/**
 * A story page in the browser: the charts listen for state requests before the scroll driver sends
 * the first; then the charts put aside are laid out in idle time.
 */
import { startChartMotion } from '../charts/motion';
import { startDataSheets } from '../charts/shared/dataSheet';
import { startChartsBesideSteps } from '../scrolly/chartsBesideSteps';
import { startContentsMenu } from './contentsMenu';
import { startScrollDriver } from '../scrolly/scrollDriver';
import { warmChartsWhenIdle } from '../scrolly/warmCharts';
import { nextTask } from './enhance';
import { startSingleKeysSwitches } from './singleKeys';

export async function startStory(): Promise<void> {
  startChartMotion();
  await nextTask();
  startScrollDriver();
  startChartsBesideSteps();
  startDataSheets();
  startSingleKeysSwitches();
  startContentsMenu();
  warmChartsWhenIdle();
}
