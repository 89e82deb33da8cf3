/**
 * Colour-vision simulation for palette tests: reads theme tokens from global.css, simulates
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0,
 * applied in linear RGB) and measures CIE76 ΔE in Lab.
 */
import { readFileSync } from 'node:fs';

type Rgb = [number, number, number];

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** A `--color-<name>` token from global.css as sRGB in 0–1. */
export function token(name: string): Rgb {
  const hex = new RegExp(`--color-${name}:\\s*#([0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!hex) throw new Error(`global.css has no --color-${name}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
}

/** Typical vision and the three dichromacies, as linear-RGB matrices. */
export const visions: Record<string, number[][]> = {
  typical: [
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

function toLab(rgb: Rgb, matrix: number[][]): Rgb {
  const lin = rgb.map(toLinear);
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two theme tokens as a reader with the given vision sees them. */
export function deltaE(a: string, b: string, vision: keyof typeof visions): number {
  const la = toLab(token(a), visions[vision]!);
  const lb = toLab(token(b), visions[vision]!);
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
