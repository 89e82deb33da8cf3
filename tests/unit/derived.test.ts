import { describe, expect, it } from 'vitest';
import { allFigures, getFigure } from '../../src/data';
import { writeFormula } from '../../src/data/derived';

describe('derived figures', () => {
  it('each names how its inputs combine, and the formula written out computes its value', () => {
    const derived = allFigures.filter((f) => f.kind === 'derived');
    expect(derived.length).toBeGreaterThan(5);
    for (const f of derived) expect(f.formula, f.id).toBeDefined();
    // The formula with the inputs' values in it gives the figure's value.
    const value = (id: string) => {
      const f = getFigure(id);
      return 'value' in f ? f.value : NaN;
    };
    for (const f of derived.filter((d) => d.formula !== 'distance' && 'value' in d)) {
      const js = writeFormula(f.formula!, f.inputs!.map((i) => String(value(i))))
        .replace(/÷/g, '/')
        .replace(/×/g, '*')
        .replace(/−/g, '-')
        .replace(/%/g, '');
      expect(Function(`return ${js}`)() as number, `${f.id}: ${js}`).toBeCloseTo((f as { value: number }).value, 6);
    }
  });

  it('writes the conversion at an implied rate as amount × (pair in đồng ÷ pair in dollars), not as a chain of divisions', () => {
    expect(writeFormula('implied-rate', ['a', 'b', 'c'])).toBe('a × (b ÷ c)');
    expect(writeFormula('ratio', ['a', 'b'])).toBe('a ÷ b');
    expect(writeFormula('remainder', ['a', 'b'])).toBe('100% − a − b');
  });
});
