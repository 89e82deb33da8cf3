import { describe, expect, it } from 'vitest';
import { endBetweenRows, openBetweenRows } from '../../src/charts/shared/drawingBands';

// Rows of two lines each (a name, then its source), 4 units apart within a row and 12 between rows.
const rows = [0, 1, 2, 3, 4].flatMap((i) => {
  const top = i * 40;
  return [
    { top, bottom: top + 14 },
    { top: top + 18, bottom: top + 28 },
  ];
});

describe('endBetweenRows', () => {
  it('ends a window in the widest gap of its lower part, so a row keeps both its lines', () => {
    // A foot at 125 falls between the two lines of the fourth row (120–134, 138–148): it moves up above that row.
    expect(endBetweenRows({ top: 0, height: 125 }, rows, 200)).toEqual({ top: 0, height: 119 });
  });
  it('leaves a window that reaches the drawing’s end as it is', () => {
    expect(endBetweenRows({ top: 50, height: 150 }, rows, 200)).toEqual({ top: 50, height: 150 });
  });
});

describe('openBetweenRows', () => {
  it('opens just above the row after the widest gap in reach, not between two lines of one label', () => {
    // From 15 (inside the first row, between its two lines) with 30 units of reach: the gap 28–40 before the second row.
    expect(openBetweenRows(15, 30, rows, 200)).toBe(38);
  });
  it('stays put where no gap ends within reach', () => {
    expect(openBetweenRows(41, 5, rows, 200)).toBe(41);
  });
});
