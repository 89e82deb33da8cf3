import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The chart palette under colour-vision deficiencies: every pair of colours the charts set side by
 * side must stay apart after simulating deuteranopia, protanopia and tritanopia (Machado et al.
 * 2009, severity 1), measured as CIE76 ΔE in Lab. Colour is never the only encoding anyway; this
 * keeps it a useful one.
 */
const css = readFileSync('src/styles/global.css', 'utf8');
function token(name: string): [number, number, number] {
  const m = css.match(new RegExp(`--color-${name}:\\s*#([0-9a-f]{6})`, 'i'));
  if (!m) throw new Error(`no --color-${name} in global.css`);
  const hex = m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

const simulations: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
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

function lab(rgb: [number, number, number], matrix: number[][]): [number, number, number] {
  const lin = rgb.map(toLinear);
  const sim = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)));
  const [r, g, b] = sim as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: [number, number, number], b: [number, number, number], matrix: number[][]): number {
  const la = lab(a, matrix);
  const lb = lab(b, matrix);
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** Colour pairs that sit side by side in the map, comparison, capacity and pipeline charts. */
const pairs: [string, string][] = [
  ['chart-tn', 'chart-hn'],
  ['chart-tn', 'chart-other'],
  ['chart-hn', 'chart-other'],
  ['chart-tn', 'paper-2'],
  ['chart-hn', 'chart-grid'],
];

describe('chart palette', () => {
  for (const [name, matrix] of Object.entries(simulations))
    it(`keeps side-by-side colours apart (${name}, ΔE ≥ 20)`, () => {
      for (const [a, b] of pairs) expect(deltaE(token(a), token(b), matrix), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    });
});
