/**
 * Small pure helpers for font subsetting: parse and write CSS unicode-range lists, and pick the
 * code points of a text that a range covers.
 */

export type CodeRange = readonly [from: number, to: number];

/** "U+0000-00FF,U+0131" → [[0x0, 0xff], [0x131, 0x131]]. */
export function parseUnicodeRange(css: string): CodeRange[] {
  return css
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      if (!m) throw new Error(`not a unicode-range entry: "${part}"`);
      const from = parseInt(m[1]!, 16);
      return [from, m[2] ? parseInt(m[2], 16) : from] as const;
    });
}

const inRanges = (cp: number, ranges: readonly CodeRange[]) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The distinct code points of `text` that fall in `ranges`, ascending. */
export function codePointsIn(text: string, ranges: readonly CodeRange[]): number[] {
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (inRanges(cp, ranges)) seen.add(cp);
  }
  return [...seen].sort((a, b) => a - b);
}

/** Ascending code points → the shortest unicode-range list: [0x41, 0x42, 0x43, 0x61] → "U+41-43,U+61". */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  const parts: string[] = [];
  let start = -1;
  let prev = -2;
  for (const cp of [...codePoints, -1]) {
    if (cp === prev + 1) {
      prev = cp;
      continue;
    }
    if (start >= 0) parts.push(start === prev ? `U+${hex(start)}` : `U+${hex(start)}-${hex(prev)}`);
    start = cp;
    prev = cp;
  }
  return parts.join(',');
}
