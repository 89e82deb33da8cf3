/**
 * The running-cost what-if, as pure functions shared by the build (static scenario table) and the
 * browser (the form). No data import here: defaults come in as arguments, so the client bundle
 * stays a few hundred bytes.
 *
 * Model (Cushman & Wakefield's worked example): energy a year = IT load × PUE × hours in a year;
 * power cost = energy × tariff.
 */

/** Hours in a (non-leap) year: the basis of an annual energy figure. */
export const HOURS_PER_YEAR = 8760;

/** The three inputs a reader can set. */
export interface Scenario {
  /** IT load, MW. */
  load: number;
  /** Power usage effectiveness: facility energy ÷ IT energy (≥ 1). */
  pue: number;
  /** Electricity tariff, US cents per kWh. */
  tariff: number;
}

export type ScenarioField = keyof Scenario;

/** Field order in the form, the URL and messages. */
export const scenarioFields: readonly ScenarioField[] = ['load', 'pue', 'tariff'];

/** Accepted range and input step of each field; wide enough for any real project, narrow enough to stay meaningful. */
export const scenarioBounds: Record<ScenarioField, { min: number; max: number; step: number }> = {
  load: { min: 1, max: 500, step: 1 },
  pue: { min: 1, max: 3, step: 0.01 },
  tariff: { min: 1, max: 50, step: 0.1 },
};

/** Why a field was rejected. */
export type ProblemReason = 'missing' | 'not-a-number' | 'below-min' | 'above-max';

/** One rejected field, with the bounds the message should quote. */
export interface ScenarioProblem {
  field: ScenarioField;
  reason: ProblemReason;
  min: number;
  max: number;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** What a scenario costs to run for a year. */
export interface RunningCost {
  /** Energy drawn from the grid a year, GWh. */
  energyGwh: number;
  /** Power bill a year, USD. */
  costUsd: number;
}

/** Annual energy (GWh) and power cost (USD) of a scenario. */
export function getRunningCost({ load, pue, tariff }: Scenario): RunningCost {
  const energyMwh = load * pue * HOURS_PER_YEAR;
  // MWh × 1000 = kWh; US¢ ÷ 100 = USD.
  return { energyGwh: energyMwh / 1000, costUsd: (energyMwh * 1000 * tariff) / 100 };
}

/** Power cost saved a year by taking `step` off the PUE at the scenario's load and tariff, USD. */
export function getPueSaving(scenario: Scenario, step = 0.1): number {
  return getRunningCost({ ...scenario, pue: step }).costUsd;
}

// Plain decimal numbers only ("20", "1.5", "11,5"): no exponents, hex, Infinity or stray text.
const decimal = /^\d{1,6}(?:[.,]\d{1,4})?$/;

/**
 * A field's text as a number, with either decimal separator (vi writes a comma); undefined if it
 * is not a plain decimal. Three digits after the separator the page does not use for decimals are
 * a thousands group: "1,000" on an English page is a thousand, not 1.
 */
function readDecimal(text: string, decimalSeparator: string): number | undefined {
  if (!decimal.test(text)) return undefined;
  if (/^\d{1,3}[.,]\d{3}$/.test(text) && !text.includes(decimalSeparator)) return Number(text.replace(/[.,]/, ''));
  return Number(text.replace(',', '.'));
}

/** Reads one field's text; a comma decimal separator is accepted (vi, and many keyboards). */
export function parseField(field: ScenarioField, raw: string | null | undefined, decimalSeparator = '.'): number | ScenarioProblem {
  const { min, max } = scenarioBounds[field];
  const text = (raw ?? '').trim();
  if (text === '') return { field, reason: 'missing', min, max };
  const value = readDecimal(text, decimalSeparator);
  if (value === undefined) return { field, reason: 'not-a-number', min, max };
  if (value < min) return { field, reason: 'below-min', min, max };
  if (value > max) return { field, reason: 'above-max', min, max };
  return value;
}

/** A field's value as the form shows it, with the page language's decimal separator ("1,5" in Vietnamese). */
export function formatFieldText(value: number, decimalSeparator: string): string {
  return String(value).replace('.', decimalSeparator);
}

/**
 * The value an arrow key gives a field: one step up or down on the step's grid (from 1.495, down
 * is 1.49), within the field's bounds; undefined when the text is not a number. The fields are
 * text, not type="number", whose parsing follows the browser's language: Chromium read the
 * Vietnamese "1,4" as 14.
 */
export function stepField(field: ScenarioField, text: string, direction: 1 | -1, decimalSeparator = '.'): number | undefined {
  const { min, max, step } = scenarioBounds[field];
  const current = readDecimal(text.trim(), decimalSeparator);
  if (current === undefined) return undefined;
  const decimals = String(step).split('.')[1]?.length ?? 0;
  const steps = direction > 0 ? Math.floor(current / step + 1e-9) + 1 : Math.ceil(current / step - 1e-9) - 1;
  return Math.min(max, Math.max(min, Number((steps * step).toFixed(decimals))));
}

/** Validates the three fields' texts; every problem is reported, not only the first. */
export function validateScenario(raw: Partial<Record<ScenarioField, string | null>>, decimalSeparator = '.'): ScenarioResult {
  const values: Partial<Scenario> = {};
  const problems: ScenarioProblem[] = [];
  for (const field of scenarioFields) {
    const parsed = parseField(field, raw[field], decimalSeparator);
    if (typeof parsed === 'number') values[field] = parsed;
    else problems.push(parsed);
  }
  return problems.length ? { ok: false, problems } : { ok: true, scenario: values as Scenario };
}

/** How a scenario was read from a URL query. */
export interface QueryScenario {
  scenario: Scenario;
  /** `url` when the query held a valid scenario, `default` when it held none, `fallback` when it was malformed. */
  origin: 'url' | 'default' | 'fallback';
}

/**
 * Reads `?load=20&pue=1.5&tariff=11.5`. No scenario parameters → defaults; any malformed or
 * out-of-range parameter → the whole scenario falls back to defaults (a half-applied link would
 * show a scenario nobody sent).
 */
export function parseScenarioQuery(search: string, defaults: Scenario): QueryScenario {
  const params = new URLSearchParams(search);
  if (!scenarioFields.some((f) => params.has(f))) return { scenario: defaults, origin: 'default' };
  const raw = Object.fromEntries(scenarioFields.map((f) => [f, params.get(f) ?? String(defaults[f])]));
  const result = validateScenario(raw);
  return result.ok ? { scenario: result.scenario, origin: 'url' } : { scenario: defaults, origin: 'fallback' };
}

/**
 * Writes a scenario into a query string, keeping any other parameters of `search`;
 * numbers are rounded to the field's step so the URL stays short.
 */
export function toScenarioQuery(scenario: Scenario, search = ''): string {
  const params = new URLSearchParams(search);
  for (const field of scenarioFields) {
    const decimals = Math.max(0, -Math.floor(Math.log10(scenarioBounds[field].step)));
    params.set(field, String(Number(scenario[field].toFixed(decimals))));
  }
  return `?${params.toString()}`;
}

/** True when two scenarios are the same to the fields' steps. */
export function isSameScenario(a: Scenario, b: Scenario): boolean {
  return scenarioFields.every((f) => Math.abs(a[f] - b[f]) < scenarioBounds[f].step / 2);
}

/** Localised message templates for problems: {field}, {min} and {max} are filled in. */
export type ProblemTemplates = Record<ProblemReason, string>;

/** A reader-facing message for one problem, e.g. "PUE must be between 1 and 3." */
export function describeProblem(
  problem: ScenarioProblem,
  templates: ProblemTemplates,
  fieldLabel: string,
  formatNumber: (n: number) => string,
): string {
  const vars: Record<string, string> = { field: fieldLabel, min: formatNumber(problem.min), max: formatNumber(problem.max) };
  return templates[problem.reason].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}
