/**
 * The contract between drivers and charts: a chart root (element with data-chart-root="<id>")
 * receives a `chartstate` CustomEvent whose detail names the state to show. Charts listen on
 * their own root; drivers never import a chart.
 */
export const CHART_STATE_EVENT = 'chartstate';

export interface ChartStateDetail {
  state: string;
  /** True when the change should be instant (reduced motion, deck jump, first paint). */
  immediate: boolean;
}

/** Asks every chart root inside `scope` with the given id to show a state. */
export function requestChartState(scope: ParentNode, chart: string, detail: ChartStateDetail): void {
  scope.querySelectorAll<HTMLElement>(`[data-chart-root="${CSS.escape(chart)}"]`).forEach((root) => {
    root.dataset.state = detail.state;
    root.dispatchEvent(new CustomEvent<ChartStateDetail>(CHART_STATE_EVENT, { detail }));
  });
}

/** Subscribes a chart root to state requests; returns the unsubscribe function. */
export function onChartState(root: HTMLElement, handler: (detail: ChartStateDetail) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<ChartStateDetail>).detail);
  root.addEventListener(CHART_STATE_EVENT, listener);
  return () => root.removeEventListener(CHART_STATE_EVENT, listener);
}

/** True when the reader asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * What a chart does with state requests under reduced motion. On a story page it stays finished,
 * as built: the story then stacks every chart whole and its text carries the steps. On a deck,
 * one chart stands beside one step at a time and the state is what the slide shows, so the chart
 * follows the states, switching instantly (the deck sends every request as immediate).
 */
export type ReducedMotionCharts = 'stay-finished' | 'switch-instantly';

/** True when a chart should ignore state requests and stay as built. */
export function chartsStayFinished(underReducedMotion: ReducedMotionCharts): boolean {
  return underReducedMotion === 'stay-finished' && prefersReducedMotion();
}
