/**
 * A chart layout as plain data: positioned shapes and text in viewBox units, each optionally
 * tagged with the states that emphasise it. Models build scenes (pure, unit-testable);
 * SceneLayer.astro writes them as SVG at build time.
 */
import { estimateTextWidth, getTextBox, type Box } from './textMetrics';

/** Colour roles, mapped to theme tokens by classes in SceneLayer.astro. */
export type Tone = 'tn' | 'hn' | 'other' | 'soft' | 'accent' | 'grid' | 'ink' | 'muted' | 'paper';

/** Fill patterns (hatching for estimates and derived values, dots for forecasts). */
export type PatternName = 'hatch-tn' | 'hatch-other' | 'hatch-accent' | 'hatch-hn' | 'dots-other';

interface PrimBase {
  /** States in which the element is emphasised (all others dim it); absent = always emphasised. */
  in?: readonly string[];
}
export interface RectPrim extends PrimBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  tone?: Tone;
  pattern?: PatternName;
  /** Outline tone (drawn 1.5 units wide). */
  stroke?: Tone;
  dashed?: boolean;
  rx?: number;
}
export interface LinePrim extends PrimBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: Tone;
  width?: number;
  dashed?: boolean;
}
export interface PathPrim extends PrimBase {
  kind: 'path';
  d: string;
  tone?: Tone;
  stroke?: Tone;
  strokeWidth?: number;
  pattern?: PatternName;
}
export interface TextPrim extends PrimBase {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  tone?: Tone;
}
export type Prim = RectPrim | LinePrim | PathPrim | TextPrim;

/** One SVG layout (wide or narrow). */
export interface Scene {
  width: number;
  height: number;
  prims: Prim[];
  /**
   * Optional per-state bands ("x y w h" viewBoxes) of the drawing: the story's window onto a tall
   * chart slides to them (statePan.ts), and a slide shows its state's band (src/deck/stageWindow.ts).
   */
  views?: Record<string, string>;
  /** The band ("top bottom") holding the chart's key, which a slide showing a lower band keeps in view. */
  key?: string;
}

/** The estimated box of every text in a scene, for collision checks. */
export function getSceneTextBoxes(scene: Scene): { text: string; box: Box }[] {
  return scene.prims
    .filter((p): p is TextPrim => p.kind === 'text')
    .map((p) => ({ text: p.text, box: getTextBox(p.x, p.y, p.text, p.size, p.anchor ?? 'start', p.bold) }));
}

/** Pushes text lines below each other from baseline `y`; returns the lines and the y after them. */
export function stackLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  extra: Omit<TextPrim, 'kind' | 'x' | 'y' | 'text' | 'size'> = {},
  lineHeight = 1.3,
): { prims: TextPrim[]; bottom: number } {
  const prims = lines.map((text, i) => ({ kind: 'text' as const, x, y: y + i * size * lineHeight, text, size, ...extra }));
  return { prims, bottom: y + (lines.length - 1) * size * lineHeight };
}

/** A legend entry: a swatch (rect styling or a symbol path centred on 0,0) and its label. */
export interface LegendItem {
  label: string;
  swatch?: Pick<RectPrim, 'tone' | 'pattern' | 'stroke' | 'dashed'>;
  /** Symbol path centred on (0, 0), drawn instead of a swatch. */
  symbol?: Pick<PathPrim, 'd' | 'tone' | 'stroke' | 'pattern'>;
  in?: readonly string[];
}

/** Lays legend entries out left to right, wrapping to new rows within `width`. */
export function buildLegend(
  items: LegendItem[],
  y: number,
  width: number,
  size: number,
): { prims: Prim[]; bottom: number } {
  const prims: Prim[] = [];
  const sw = size * 1.1;
  const gap = size * 1.2;
  let x = 0;
  let row = y;
  for (const item of items) {
    const w = sw + 6 + estimateTextWidth(item.label, size);
    if (x > 0 && x + w > width) {
      x = 0;
      row += size * 1.6;
    }
    if (item.symbol) {
      const cx = x + sw / 2;
      const cy = row - size * 0.35;
      prims.push({ kind: 'path', ...item.symbol, d: translatePath(item.symbol.d, cx, cy), ...(item.in ? { in: item.in } : {}) });
    } else {
      prims.push({ kind: 'rect', x, y: row - size * 0.85, width: sw, height: size * 0.9, ...item.swatch, ...(item.in ? { in: item.in } : {}) });
    }
    prims.push({ kind: 'text', x: x + sw + 6, y: row, text: item.label, size, tone: 'ink', ...(item.in ? { in: item.in } : {}) });
    x += w + gap;
  }
  return { prims, bottom: row };
}

/** Moves an absolute path of M/L/Z commands with "x,y" pairs (the symbol paths) by dx, dy. */
export function translatePath(d: string, dx: number, dy: number): string {
  // Symbol paths use only M, L and Z with "x,y" pairs, so every pair shifts the same way.
  return d.replace(/(-?\d*\.?\d+),(-?\d*\.?\d+)/g, (_, x: string, y: string) => `${round(Number(x) + dx)},${round(Number(y) + dy)}`);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
