/**
 * The chart palette under colour-vision deficiencies. Colour is never the only encoding (labels,
 * patterns and shapes carry the same information); these checks keep colour a useful second one.
 */
import { describe, expect, it } from 'vitest';
import { deltaE, visions } from './colourVision';

/** Pairs that sit side by side in the map, comparison, capacity and pipeline charts: ΔE ≥ 20. */
const sideBySide: [string, string][] = [
  ['chart-tn', 'chart-hn'],
  ['chart-tn', 'chart-other'],
  ['chart-hn', 'chart-other'],
  ['chart-tn', 'paper-2'],
  ['chart-hn', 'chart-grid'],
];
/** Tones the investment, market, province and timeline charts tell apart by colour: ΔE ≥ 15. */
const toldApart: [string, string][] = [
  ['chart-tn', 'chart-accent'],
  ['chart-tn', 'chart-hn'],
  ['chart-tn', 'chart-other'],
  ['chart-accent', 'chart-soft'],
  ['chart-tn', 'chart-soft'],
];
/**
 * Pairs that collapse under some deficiency (accent/other ≈ 2 under protanopia, accent/hn ≈ 13
 * under tritanopia); the charts only draw them with a pattern or shape difference as well.
 */
const withSecondEncoding: [string, string][] = [
  ['chart-accent', 'chart-other'],
  ['chart-accent', 'chart-hn'],
];

describe('chart palette under colour-vision deficiencies', () => {
  for (const vision of Object.keys(visions)) {
    it(`${vision}: side-by-side colours stay ΔE ≥ 20 apart`, () => {
      for (const [a, b] of sideBySide) expect(deltaE(a, b, vision), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    });
    it(`${vision}: colours told apart stay ΔE ≥ 15 apart`, () => {
      for (const [a, b] of toldApart) expect(deltaE(a, b, vision), `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
    });
    it(`${vision}: pairs with a second encoding are at least not identical`, () => {
      for (const [a, b] of withSecondEncoding) expect(deltaE(a, b, vision), `${a} vs ${b}`).toBeGreaterThan(1);
    });
  }
});
