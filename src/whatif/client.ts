/**
 * The what-if in the browser: reads the scenario from the URL, recomputes on every input, writes
 * valid scenarios back with history.replaceState, and explains rejected inputs next to the field.
 */
import { formatMoney, formatPlain } from './format';
import {
  describeProblem,
  formatFieldText,
  getPueSaving,
  getRunningCost,
  isSameScenario,
  parseField,
  parseScenarioQuery,
  scenarioFields,
  stepField,
  toScenarioQuery,
  validateScenario,
  type ProblemTemplates,
  type Scenario,
  type ScenarioField,
} from './model';

interface WhatIfConfig {
  intl: string;
  /** The page language's decimal separator, for the fields' text. */
  decimal: string;
  defaults: Scenario;
  usd: string;
  gwh: string;
  labels: Record<ScenarioField, string>;
  errors: ProblemTemplates;
  saving: string;
  atReference: string;
  fixToSee: string;
  urlFallback: string;
  shareHint: string;
}

/** Wires one <WhatIf> section; does nothing if its markup is incomplete. */
export function startWhatIf(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.whatif ?? '{}') as WhatIfConfig;
  const inputs = Object.fromEntries(
    scenarioFields.map((f) => [f, root.querySelector<HTMLInputElement>(`input[name="${f}"]`)]),
  ) as Record<ScenarioField, HTMLInputElement | null>;
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`);
  const status = out('status');
  const statusText = out('status-text');
  if (scenarioFields.some((f) => !inputs[f]) || !status || !statusText) return;
  const plain = (n: number) => formatPlain(n, config.intl, 2);

  const setStatus = (text: string, atReference: boolean) => {
    statusText.textContent = text;
    status.toggleAttribute('data-at-reference', atReference);
  };

  const show = (scenario: Scenario) => {
    const { energyGwh, costUsd } = getRunningCost(scenario);
    out('energy')!.textContent = formatPlain(energyGwh, config.intl, 1, config.gwh);
    out('cost')!.textContent = formatMoney(costUsd, config.intl, config.usd);
    out('saving')!.textContent = config.saving.replace('{value}', formatMoney(getPueSaving(scenario), config.intl, config.usd));
    const atReference = isSameScenario(scenario, config.defaults);
    setStatus(atReference ? config.atReference : config.shareHint, atReference);
  };

  // The fields are spin buttons (the arrow keys step them): a screen reader reads the value from
  // aria-valuenow, and the text as shown ("1,5" on a Vietnamese page) from aria-valuetext.
  const announceValue = (input: HTMLInputElement, field: ScenarioField) => {
    const value = parseField(field, input.value, config.decimal);
    if (typeof value === 'number') input.setAttribute('aria-valuenow', String(value));
    else input.removeAttribute('aria-valuenow');
    if (input.value.trim()) input.setAttribute('aria-valuetext', input.value);
    else input.removeAttribute('aria-valuetext');
  };

  const fill = (scenario: Scenario) => {
    for (const f of scenarioFields) {
      inputs[f]!.value = formatFieldText(scenario[f], config.decimal);
      announceValue(inputs[f]!, f);
    }
  };

  const update = () => {
    const raw = Object.fromEntries(scenarioFields.map((f) => [f, inputs[f]!.value]));
    const result = validateScenario(raw, config.decimal);
    for (const f of scenarioFields) {
      const problem = result.ok ? undefined : result.problems.find((p) => p.field === f);
      inputs[f]!.setAttribute('aria-invalid', String(Boolean(problem)));
      announceValue(inputs[f]!, f);
      const error = root.querySelector<HTMLElement>(`[data-error="${f}"]`);
      if (error) error.textContent = problem ? describeProblem(problem, config.errors, config.labels[f], plain) : '';
    }
    if (!result.ok) {
      out('energy')!.textContent = '—';
      out('cost')!.textContent = '—';
      out('saving')!.textContent = '';
      setStatus(config.fixToSee, false);
      return;
    }
    show(result.scenario);
    const search = toScenarioQuery(result.scenario, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  // The form can be typed in before this script starts (scripts start after the first paint), and
  // the browser refills it on Back: values that differ from the page's own are the reader's, and win
  // over the URL's scenario.
  if (scenarioFields.some((f) => inputs[f]!.value !== inputs[f]!.defaultValue)) {
    update();
  } else {
    const initial = parseScenarioQuery(location.search, config.defaults);
    // The page already shows the reference scenario, formatted at build time. Formatting it again
    // would create the page's first Intl.NumberFormat, whose one-time set-up is a long task on a
    // slow phone; it is paid at the first edit instead.
    if (initial.origin !== 'default') {
      fill(initial.scenario);
      show(initial.scenario);
    }
    if (initial.origin === 'fallback') setStatus(config.urlFallback, false);
  }

  root.querySelector('form')?.addEventListener('input', update);
  // The arrow keys step a field, as they would a number field.
  root.querySelector('form')?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const field = scenarioFields.find((f) => inputs[f] === event.target);
    if (!field) return;
    const next = stepField(field, inputs[field]!.value, event.key === 'ArrowUp' ? 1 : -1, config.decimal);
    if (next === undefined) return;
    event.preventDefault();
    inputs[field]!.value = formatFieldText(next, config.decimal);
    update();
  });
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    fill(config.defaults);
    update();
  });
}
