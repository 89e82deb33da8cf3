/**
 * Build-time text measurement without a DOM: a per-character width table tuned for Be Vietnam Pro
 * (Latin and Vietnamese), Hangul at a full em. Estimates err slightly wide so that labels placed
 * with them do not collide when the real font renders; the browser tests measure the real boxes.
 */

import { groupWords } from '../../i18n/bindNumbers';

/** An axis-aligned box in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Widths in em for Be Vietnam Pro Regular (measured from the font's advance widths, rounded up).
const NARROW = new Set([...'iljtfrI.,:;\'!|()[]']);
const WIDE = new Set([...'mwMW@%']);
const DIGITS = new Set([...'0123456789']);

function charWidth(ch: string): number {
  if (ch === ' ' || ch === '\u00a0') return 0.28;
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]/.test(ch)) return 1.0;
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.9;
  if (DIGITS.has(ch)) return 0.62;
  if (ch === '~' || ch === '≥' || ch === '>' || ch === '<' || ch === '≈' || ch === '÷' || ch === '=' || ch === '×') return 0.62;
  if (ch === '–' || ch === '—') return 0.6;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.6;
}

/** Estimated advance width of `text` at `fontSize` (bold ≈ 6 % wider). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  // Vietnamese precomposed letters take their base letter's width; combining marks take none.
  const base = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  let em = 0;
  for (const ch of base) em += charWidth(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** A syllable of a Vietnamese name with a Vietnamese letter or mark: capitalised, up to seven letters. */
const MARKED_SYLLABLE = /^(?=.*[^\x00-\x7f])\p{Lu}\p{Ll}{0,6}$/u;
/** One without ("Ninh", "Trung"): up to five letters, so "Viettel" or "Vietnam" is not taken for one. */
const PLAIN_SYLLABLE = /^[A-Z][a-z]{0,4}$/;
const isSyllable = (word: string) => MARKED_SYLLABLE.test(word) || PLAIN_SYLLABLE.test(word);

/**
 * Joins the syllables of Vietnamese names ("Hà Nội", "Khu CNC Hòa Lạc", "Viettel An Khánh") so a
 * chart never breaks one across lines: two neighbouring capitalised syllables are kept together
 * where at least one carries a Vietnamese letter. (Words of Korean or English labels never match.)
 */
export function keepNamesWhole(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const before = words[i - 1];
    const joins = before !== undefined && isSyllable(before) && isSyllable(word) && (MARKED_SYLLABLE.test(before) || MARKED_SYLLABLE.test(word));
    if (joins) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  });
  return out;
}

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces but never between a number
 * and its unit (src/i18n/bindNumbers.ts) nor inside a Vietnamese name; a single long word or bound
 * group stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = keepNamesWhole(groupWords(text).map((group) => group.join(' ')));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box a single-line <text> occupies, given its anchor point (x, baseline y). */
export function getTextBox(
  x: number,
  y: number,
  text: string,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  bold = false,
): Box {
  const width = estimateTextWidth(text, fontSize, bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  // Ascender ≈ 0.95 em above the baseline, descender ≈ 0.25 em below (Vietnamese stacked marks included).
  return { x: left, y: y - fontSize * 0.95, width, height: fontSize * 1.2 };
}

/** True when two boxes overlap by more than `tolerance` units. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** Pairs of indexes of boxes that overlap (empty when the layout is clean). */
export function findOverlaps(boxes: Box[], tolerance = 0.5): [number, number][] {
  const hits: [number, number][] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => boxesOverlap(a, b, tolerance) && hits.push([i, i + 1 + j])));
  return hits;
}

/** True when the box lies inside a width × height viewBox. */
export function isInside(box: Box, width: number, height: number): boolean {
  return box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
}
