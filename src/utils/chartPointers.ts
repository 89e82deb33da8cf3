/**
 * Where the charts stand among the steps (src/utils/flowRows.ts), a chart appears once, above the
 * first step that shows it. A later step that returns to it, after another chart, gets a link back
 * up to it, as a printed figure is referred to again. Elsewhere the graphic shows the step's chart
 * itself (pinned, or a copy beside the step: src/scrolly/repeatSlot.ts) and Chapter.astro hides the link.
 */

/** The index of each step that returns to a chart shown earlier, with another chart shown in between. */
export function returningSteps(stepCharts: readonly string[]): number[] {
  return stepCharts.flatMap((chart, i) => (i > 1 && chart !== stepCharts[i - 1] && stepCharts.slice(0, i - 1).includes(chart) ? [i] : []));
}

export interface ChartPointer {
  stepId: string;
  /** The chart slot's id, the link's target. */
  targetId: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts a link back to its chart at the top of each step named in `pointers`, in the steps' rendered
 * HTML (a step is the `<section … data-step=…>` Step.astro renders), with `text` as the link's words. A step not found fails the build, naming the chapter (`label`).
 */
export function withChartPointers(html: string, pointers: readonly ChartPointer[], text: string, label: string): string {
  let out = html;
  for (const { stepId, targetId } of pointers) {
    const open = new RegExp(`<section\\b[^>]*\\sid="${escapeRegExp(stepId)}"[^>]*\\sdata-step\\b[^>]*>`);
    const match = open.exec(out);
    if (!match) throw new Error(`${label}: step "${stepId}" returns to a chart shown above, but its <section data-step> was not found in the rendered steps`);
    const link = `<p class="chart-back"><a href="#${targetId}"><span aria-hidden="true">↑ </span>${escapeHtml(text)}</a></p>`;
    const at = match.index + match[0].length;
    out = out.slice(0, at) + link + out.slice(at);
  }
  return out;
}
