import { getFigure, type Figure } from '../data';
import { getSingleValue } from '../data/figureValue';
import type { Scenario } from './model';

const valueOf = (fig: Figure): number => getSingleValue(fig, 'src/whatif/defaults.ts');

/** Figure ids behind the what-if's defaults and its reference point. */
export const whatIfFigureIds = {
  load: 'cw-power-model-it-load',
  pue: 'cw-power-model-pue',
  tariff: 'cw-apac-power-tariff',
  cost: 'cw-power-cost-20mw',
  saving: 'cw-power-saving-per-0-1-pue',
} as const;

/** The sourced scenario (Cushman & Wakefield's worked example), read from the data module at build time. */
export function getSourcedScenario(): Scenario {
  return {
    load: valueOf(getFigure(whatIfFigureIds.load)),
    pue: valueOf(getFigure(whatIfFigureIds.pue)),
    tariff: valueOf(getFigure(whatIfFigureIds.tariff)),
  };
}

/** Scenarios for the static table shown without JavaScript: PUE rows × IT-load columns at the sourced tariff. */
export function getScenarioGrid(sourced: Scenario = getSourcedScenario()) {
  // Around the sourced point: a tenth of PUE either way plus one step beyond, and half/double the load.
  const pues = [sourced.pue - 0.2, sourced.pue - 0.1, sourced.pue, sourced.pue + 0.1].map((p) => Number(p.toFixed(2)));
  const loads = [sourced.load / 2, sourced.load, sourced.load * 2];
  return { pues, loads, tariff: sourced.tariff };
}
