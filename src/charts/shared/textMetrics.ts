/**
 * Text width estimates for laying labels out at build time, where there is no DOM to measure.
 * Widths are in em for Be Vietnam Pro (Latin/Vietnamese) and the Hangul fallback; they err on the
 * wide side so that estimated boxes contain the rendered text (the browser tests measure the real
 * boxes and check that none overlap).
 */

const narrow = new Set([...'iljfrtI.,:;!|\'’()[]/ ']);
const wide = new Set([...'mwMW@%']);

/** Estimated advance of one character, in em. */
function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  // Hangul syllables/jamo and CJK: full width.
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 1;
  const base = ch.normalize('NFD')[0] ?? ch;
  let w: number;
  if (narrow.has(base)) w = 0.32;
  else if (wide.has(base)) w = 0.92;
  else if (/[0-9]/.test(base)) w = 0.62;
  else if (/[A-Z]/.test(base)) w = 0.72;
  else if (/[a-z]/.test(base)) w = 0.6;
  else if ('≥≤~–—·•×'.includes(base)) w = 0.62;
  else w = 0.66;
  return bold ? w * 1.06 : w;
}

/** Estimated width of a single line of text at a font size (same units as the size). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  return em * fontSize;
}

/** Breaks text into lines no wider than maxWidth (by the estimate); words are never split. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
