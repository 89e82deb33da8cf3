/**
 * Chart ids that chapters may name (frontmatter `chart`, <Step chart>) and the named states each
 * accepts. The content guard checks MDX against this table; ChartSlot.astro renders by id.
 */
export const chartStates = {
  headline: ['all', 'capacity', 'investment', 'banks', 'offtake'],
  market: ['estimates', 'target'],
  map: ['north', 'corridor'],
  comparison: ['facilities', 'thai-nguyen', 'split'],
  capacity: ['units', 'offtake', 'national'],
  investment: ['total', 'per-mw', 'benchmarks', 'power'],
  pipeline: ['approached', 'committed'],
  province: ['area', 'fdi', 'industry', 'people', 'power'],
  timeline: ['laws', 'decree-53', 'telecom-law', 'resolution-57', 'dti-law', 'dti-law-in-force', 'data-centres', 'latest', 'all'],
  comparables: ['capacity', 'per-mw'],
} as const satisfies Record<string, readonly string[]>;

export type ChartId = keyof typeof chartStates;

/** True when `id` names a chart in the table. */
export function isChartId(id: string): id is ChartId {
  return id in chartStates;
}
