import { describe, expect, it } from 'vitest';
import { boxHeightsBesideSteps, chartRuns, pinTop } from '../../src/scrolly/chartsBesideSteps';

describe('boxHeightsBesideSteps', () => {
  it('runs each chart’s box from its first step to just before the next chart’s, the last to the steps’ end', () => {
    // Charts 400 and 300 tall, first shown by steps at 0 and 1000; gap 24; the steps end at 2500.
    expect(boxHeightsBesideSteps([0, 1000], [400, 300], 24, 2500)).toEqual([976, 1500]);
  });

  it('never starts a chart before the one above it has ended, and never cuts a chart short', () => {
    // The second chart's first step comes while the first chart is still going on.
    expect(boxHeightsBesideSteps([0, 200, 1200], [500, 300, 100], 20, 1250)).toEqual([500, 660, 100]);
  });

  it('keeps a lone chart as tall as the steps, or as itself when taller', () => {
    expect(boxHeightsBesideSteps([0], [300], 24, 2000)).toEqual([2000]);
    expect(boxHeightsBesideSteps([0], [900], 24, 600)).toEqual([900]);
  });
});

describe('pinTop', () => {
  it('pins a chart that fits below the bar, one taller than the screen by its lower edge', () => {
    expect(pinTop(500, 900)).toBe(80);
    expect(pinTop(1000, 900)).toBe(900 - 16 - 1000);
  });
});

describe('chartRuns', () => {
  it('gives a chart the story returns to a run for each return', () => {
    expect(chartRuns(['capacity', 'capacity', 'pipeline', 'pipeline', 'capacity'])).toEqual([
      { chart: 'capacity', steps: [0, 1] },
      { chart: 'pipeline', steps: [2, 3] },
      { chart: 'capacity', steps: [4] },
    ]);
    expect(chartRuns(['map'])).toEqual([{ chart: 'map', steps: [0] }]);
    expect(chartRuns([])).toEqual([]);
  });
});
