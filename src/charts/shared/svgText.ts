/** A positioned line of SVG text as the chart models hand it to their components. */
import type { Box } from './labelLayout';
import { estimateTextWidth } from './textMetrics';

export interface SvgText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  cls: 'name' | 'sub' | 'value' | 'heading' | 'note' | 'big';
  anchor?: 'start' | 'middle' | 'end';
}

const boldClasses = new Set<SvgText['cls']>(['name', 'value', 'heading', 'big']);

/** True when the text is set in bold. */
export function isBold(s: SvgText): boolean {
  return boldClasses.has(s.cls);
}

/** Estimated box of a text line (ascent above the baseline, descent below). */
export function textBox(s: SvgText): Box {
  const w = estimateTextWidth(s.text, s.size, isBold(s));
  const x = s.anchor === 'end' ? s.x - w : s.anchor === 'middle' ? s.x - w / 2 : s.x;
  return { x, y: s.y - s.size * 0.85, width: w, height: s.size * 1.1 };
}
