/**
 * Where a chapter's charts stand when they go into the flow among its steps: on a narrow screen
 * where no chart is pinned over the text (without scripts, under reduced motion, or on a phone held
 * sideways). Each chart stands just above the first step that shows it, so the reader meets it with
 * the text about it, instead of every chart of the chapter stacked above the first step and the text
 * after them all. A later return to a chart refers back to it, as a printed figure is referred to
 * again, rather than repeating it.
 *
 * The steps and the charts are the items of one single-column grid (Chapter.astro). The charts are
 * put on rows and the steps fill the rows left, in order, so a chart's row is the index of the
 * first step showing it, plus the charts above it, plus one. The page keeps its order (the first
 * step, every chart, the other steps), which the scripts need for the pinned layouts; only the
 * rows change, so nothing moves once scripts start.
 */

/** The highest row Chapter.astro has a rule for. */
export const MAX_FLOW_ROW = 10;

/**
 * The grid row of each chart, in the order given: `stepCharts` is the chart each step shows, in
 * reading order; `charts` the chapter's charts. A chart no step shows goes after the last step.
 */
export function flowRows(stepCharts: readonly string[], charts: readonly string[]): number[] {
  const firstStep = (chart: string) => {
    const index = stepCharts.indexOf(chart);
    return index === -1 ? stepCharts.length : index;
  };
  // Placed in the order the reader meets them (a stable sort: ties keep the given order).
  const byFirstStep = charts.map((chart, i) => ({ chart, i, first: firstStep(chart) })).sort((a, b) => a.first - b.first);
  const rows: number[] = [];
  byFirstStep.forEach(({ i, first }, above) => {
    rows[i] = first + above + 1;
  });
  return rows;
}
