import { describe, expect, it } from 'vitest';
import { flowRows } from '../../src/utils/flowRows';

/** Lays out the grid the rows describe: each chart on its row, the steps filling the rest in order. */
function layOut(stepCharts: string[], charts: string[]): string[] {
  const rows = flowRows(stepCharts, charts);
  const grid: string[] = [];
  charts.forEach((chart, i) => (grid[rows[i]! - 1] = `[${chart}]`));
  let row = 0;
  stepCharts.forEach((chart, i) => {
    while (grid[row] !== undefined) row++;
    grid[row] = `step ${i} (${chart})`;
  });
  return grid;
}

describe('flowRows', () => {
  it('puts each chart just above the first step that shows it', () => {
    // The investment chapter: four steps on its own chart, then the comparables, then the timeline.
    expect(layOut(['investment', 'investment', 'investment', 'investment', 'comparables', 'timeline'], ['investment', 'comparables', 'timeline'])).toEqual([
      '[investment]',
      'step 0 (investment)',
      'step 1 (investment)',
      'step 2 (investment)',
      'step 3 (investment)',
      '[comparables]',
      'step 4 (comparables)',
      '[timeline]',
      'step 5 (timeline)',
    ]);
  });

  it('shows a chart the story returns to once, above its first step', () => {
    expect(layOut(['comparison', 'map', 'comparison', 'map', 'comparison'], ['comparison', 'map'])).toEqual([
      '[comparison]',
      'step 0 (comparison)',
      '[map]',
      'step 1 (map)',
      'step 2 (comparison)',
      'step 3 (map)',
      'step 4 (comparison)',
    ]);
  });

  it('leaves no gap and no two items on a row', () => {
    const stepCharts = ['a', 'a', 'b', 'c', 'b', 'c', 'c'];
    const charts = ['a', 'b', 'c'];
    const rows = flowRows(stepCharts, charts);
    expect(new Set(rows).size).toBe(charts.length);
    expect(layOut(stepCharts, charts)).toHaveLength(stepCharts.length + charts.length);
    expect(layOut(stepCharts, charts).includes(undefined as unknown as string)).toBe(false);
  });

  it('puts a chart no step shows after the last step, and keeps charts given out of order in reading order', () => {
    expect(layOut(['b', 'b'], ['a', 'b'])).toEqual(['[b]', 'step 0 (b)', 'step 1 (b)', '[a]']);
  });
});
