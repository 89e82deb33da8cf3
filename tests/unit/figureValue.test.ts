import { describe, expect, it } from 'vitest';
import { getSingleValue, getValueOrEnd } from '../../src/data/figureValue';
import type { Figure } from '../../src/data/types';

const common = { unit: 'MW', asOf: '2025', kind: 'reported', qualifier: 'exact', sources: ['s'] } satisfies Partial<Figure>;
const single: Figure = { ...common, id: 'one', value: 20 };
const range: Figure = { ...common, id: 'span', min: 45, max: 200 };

describe('figure values', () => {
  it('gives a single value, and stops on a range naming the figure and the code that needed one', () => {
    expect(getSingleValue(single, 'src/x.ts')).toBe(20);
    expect(() => getSingleValue(range, 'src/x.ts')).toThrow(/src\/x\.ts: figure "span" is a range \(45–200\)/);
  });

  it('takes the end of a range its caller names', () => {
    expect(getValueOrEnd(range, 'min')).toBe(45);
    expect(getValueOrEnd(range, 'max')).toBe(200);
    expect(getValueOrEnd(single, 'max')).toBe(20);
  });
});
