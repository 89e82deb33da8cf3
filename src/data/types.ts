import type { Qualifier, Unit } from './schema';

interface FigureCommon {
  id: string;
  unit: Unit;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: string;
  kind: 'reported' | 'estimate' | 'target' | 'derived';
  qualifier: Qualifier;
  sources: string[];
  /** Key of notes.<id> in src/i18n/data/<locale>.json. */
  note?: string | undefined;
  /** For derived figures: the ids of the figures or places it is computed from. */
  inputs?: string[];
  /** For derived figures: how the inputs combine, written out beside them in the figure's note (derived.ts writeFormula). */
  formula?: Formula;
}

/** The computations derived.ts makes. */
export type Formula = 'ratio' | 'distance' | 'remainder' | 'implied-rate';

/** A figure with one value. */
export interface NumericFigure extends FigureCommon {
  value: number;
}

/** A figure reported as a range. */
export interface RangeFigure extends FigureCommon {
  min: number;
  max: number;
}

export type Figure = NumericFigure | RangeFigure;

/** True when the figure is a min–max range. */
export function isRange(f: Figure): f is RangeFigure {
  return 'min' in f;
}
