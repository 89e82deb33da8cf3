import { describe, expect, it } from 'vitest';
import { returningSteps, withChartPointers } from '../../src/utils/chartPointers';

describe('returningSteps', () => {
  it('names a step that goes back to a chart shown before another', () => {
    expect(returningSteps(['comparison', 'map', 'comparison', 'map', 'comparison'])).toEqual([2, 3, 4]);
    expect(returningSteps(['capacity', 'capacity', 'pipeline', 'pipeline', 'capacity'])).toEqual([4]);
  });
  it('leaves alone steps that stay on their chart or meet a chart for the first time', () => {
    expect(returningSteps(['market', 'market', 'timeline', 'timeline'])).toEqual([]);
    expect(returningSteps(['headline'])).toEqual([]);
  });
});

describe('withChartPointers', () => {
  const html = '<section class="step" id="a" data-step="a"><p>A</p></section>\n<section class="step" id="b" data-step="b" data-chart="map"><p>B</p></section>';
  it('puts the link first in the step it names, and nowhere else', () => {
    const out = withChartPointers(html, [{ stepId: 'b', targetId: 'hanoi-chart-map' }], 'Back to the chart', 'hanoi.mdx');
    expect(out).toContain('<section class="step" id="b" data-step="b" data-chart="map"><p class="chart-back"><a href="#hanoi-chart-map"><span aria-hidden="true">↑ </span>Back to the chart</a></p><p>B</p>');
    expect(out.match(/chart-back/g)).toHaveLength(1);
  });
  it('fails the build, naming the chapter and step, when a step is not in the HTML', () => {
    expect(() => withChartPointers(html, [{ stepId: 'c', targetId: 'x' }], 'Back', 'content/en/03-hanoi.mdx')).toThrow(/03-hanoi\.mdx: step "c"/);
  });
});
