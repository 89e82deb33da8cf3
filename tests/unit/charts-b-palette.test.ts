/**
 * The chart palette under simulated colour-vision deficiencies (Machado, Oliveira & Fernandes 2009,
 * severity 1.0, applied in linear RGB). Pairs of tones that the investment, market, province and
 * timeline charts tell apart by colour must stay CIE76 ΔE ≥ 15 apart. Measured: accent/other fall to
 * ΔE ≈ 2 (protanopia) and ≈ 6 (deuteranopia), accent/hn to ≈ 13 (tritanopia); those pairs are only
 * ever drawn with a second encoding (solid vs hatched or dotted bars; square vs triangle symbols).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
function token(name: string): [number, number, number] {
  const hex = new RegExp(`--color-${name}:\\s*#([0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!hex) throw new Error(`global.css has no --color-${name}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

const MATRICES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function simulate(rgb: [number, number, number], m: number[][] | undefined): [number, number, number] {
  const lin = rgb.map(toLinear);
  if (!m) return lin as [number, number, number];
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))) as [number, number, number];
}

function toLab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: [number, number, number], b: [number, number, number], m?: number[][]): number {
  const la = toLab(simulate(a, m));
  const lb = toLab(simulate(b, m));
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** Tones told apart by colour: Thái Nguyên against everything, filled shares against their remainder. */
const PAIRS: [string, string][] = [
  ['chart-tn', 'chart-accent'],
  ['chart-tn', 'chart-hn'],
  ['chart-tn', 'chart-other'],
  ['chart-accent', 'chart-soft'],
  ['chart-tn', 'chart-soft'],
];
/** Pairs that collapse under some deficiency; the charts always add a pattern or a shape to them. */
const PAIRS_WITH_SECOND_ENCODING: [string, string][] = [
  ['chart-accent', 'chart-other'],
  ['chart-accent', 'chart-hn'],
];

describe('chart palette under colour-vision deficiencies', () => {
  for (const [vision, m] of [['typical', undefined], ...Object.entries(MATRICES)] as [string, number[][] | undefined][]) {
    it(`${vision}: paired tones stay ΔE ≥ 15 apart`, () => {
      const report = PAIRS.map(([a, b]) => ({ pair: `${a}/${b}`, dE: Math.round(deltaE(token(a), token(b), m)) }));
      const tooClose = report.filter((r) => r.dE < 15);
      expect(tooClose, JSON.stringify(report)).toEqual([]);
    });
    it(`${vision}: pairs that rely on a second encoding are at least not identical`, () => {
      for (const [a, b] of PAIRS_WITH_SECOND_ENCODING) expect(deltaE(token(a), token(b), m)).toBeGreaterThan(1);
    });
  }
});
