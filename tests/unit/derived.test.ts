import { describe, expect, it } from 'vitest';
import { allFigures, getFigure } from '../../src/data';
import { ratioQualifier, writeFormula } from '../../src/data/derived';
import type { Figure } from '../../src/data/types';
import { formatFigure } from '../../src/i18n/format';

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

describe('the qualifier of a quotient', () => {
  it('is a ceiling when a sum is divided by a minimum: ~USD 200 million for at least 20 MW is up to about USD 10 million per MW', () => {
    const perMw = getFigure('mou-investment-per-mw');
    expect(getFigure('mou-capacity').qualifier).toBe('atLeast');
    expect(perMw.qualifier).toBe('upToAbout');
    expect(formatFigure(perMw, 'en')).toBe('up to about USD 10 million per MW');
    expect(formatFigure(perMw, 'vi')).toBe('tối đa khoảng 10 triệu USD/MW');
    expect(formatFigure(perMw, 'ko')).toBe('MW당 최대 약 1,000만 달러');
    expect(formatFigure(perMw, 'en', { qualifier: 'symbol' })).toBe('≤ ~USD 10 million per MW');
  });
  it('is "about" when the divisor is not a minimum, and no pair it cannot qualify passes', () => {
    const sum: Figure = { id: 'sum', unit: 'USD', value: 200, qualifier: 'about', asOf: '2025', kind: 'reported', sources: ['s'] };
    const mw = (qualifier: Figure['qualifier']): Figure => ({ ...sum, id: 'mw', unit: 'MW', value: 20, qualifier });
    expect(ratioQualifier(sum, mw('exact'))).toBe('about');
    expect(ratioQualifier(sum, mw('atLeast'))).toBe('upToAbout');
    // A floor over a floor bounds nothing, and a ceiling divisor gives a floor the site has no word for.
    expect(() => ratioQualifier({ ...sum, qualifier: 'over' }, mw('atLeast'))).toThrow(/"sum" \(over\) ÷ "mw" \(atLeast\)/);
    expect(() => ratioQualifier(sum, mw('under'))).toThrow(/derived\.ts/);
  });
});
