import { describe, expect, it } from 'vitest';
import { codePointsIn, formatUnicodeRange, parseUnicodeRange } from '../../src/fonts/unicodeRange';

describe('unicode-range helpers', () => {
  it('parses single code points and spans, and rejects anything else', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1EA0-1EF9')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x1ea0, 0x1ef9],
    ]);
    expect(() => parseUnicodeRange('U+00ZZ')).toThrow(/U\+00ZZ/);
  });

  it('keeps the distinct code points of a text that a range covers, in order', () => {
    const vietnamese = parseUnicodeRange('U+0102-0103,U+0110-0111,U+1EA0-1EF9');
    expect(codePointsIn('Thái Nguyên, Đà Nẵng, Hà Nội, đường', vietnamese)).toEqual([0x110, 0x111, 0x1eb5, 0x1ed9, 0x1edd]);
  });

  it('writes the shortest range list, and round-trips', () => {
    expect(formatUnicodeRange([0x41, 0x42, 0x43, 0x61, 0x1ea0])).toBe('U+41-43,U+61,U+1EA0');
    expect(formatUnicodeRange([])).toBe('');
    const points = [0x20, 0x21, 0x22, 0xe0, 0x1ec7];
    const back = parseUnicodeRange(formatUnicodeRange(points)).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    expect(back).toEqual(points);
  });
});
