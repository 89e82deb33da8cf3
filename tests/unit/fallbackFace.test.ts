import { describe, expect, it } from 'vitest';
import { fallbackFaceCss, fallbackOverrides, textSizeAdjust, type FontMetrics } from '../../src/fonts/fallbackFace';

// Be Vietnam Pro Regular (Latin file) and Arial, as @capsizecss/unpack and @capsizecss/metrics give them.
const beVietnamPro: FontMetrics = { ascent: 1000, descent: -265, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 492 };
const arial: FontMetrics = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };

describe('metric-matched fallback faces', () => {
  it('scales the fallback to the web font’s average width and restates its line metrics in the scaled em', () => {
    const o = fallbackOverrides(beVietnamPro, arial);
    // 492/1000 ÷ 913/2048 = 1.1036: Arial is drawn 10 % larger, so a line of text is as long.
    expect(o.sizeAdjust).toBe('110.36%');
    // The line box is the web font's (1000 + 265 units), not Arial's, once scaled: 1000 / (1000 × 1.1036).
    expect(o.ascentOverride).toBe('90.61%');
    expect(o.descentOverride).toBe('24.01%');
    expect(o.lineGapOverride).toBe('0%');
    const ascent = parseFloat(o.ascentOverride) / 100;
    const size = parseFloat(o.sizeAdjust) / 100;
    expect(ascent * size).toBeCloseTo(beVietnamPro.ascent / beVietnamPro.unitsPerEm, 3);
  });

  it('scales by a text’s own characters when asked: spaces weigh as often as the text has them', () => {
    // Widths in em: the web font has narrow spaces and wide letters, the fallback the reverse.
    const web: Record<string, number> = { a: 0.6, ' ': 0.2 };
    const fallback: Record<string, number> = { a: 0.5, ' ': 0.3 };
    const adjust = (text: string) => textSizeAdjust(text, (c) => web[c], (c) => fallback[c]);
    expect(adjust('aaaa')).toBeCloseTo(1.2);
    expect(adjust('a a a a')).toBeCloseTo((4 * 0.6 + 3 * 0.2) / (4 * 0.5 + 3 * 0.3));
    // Characters either font lacks (Hangul here) are left out of both sums.
    expect(adjust('a 한국 a')).toBeCloseTo(adjust('a  a'));
    expect(() => adjust('한국')).toThrow(/no character/);
    // The overrides take the given scale and keep the web font's line box.
    const o = fallbackOverrides(beVietnamPro, arial, 1.25);
    expect(o.sizeAdjust).toBe('125%');
    expect(o.ascentOverride).toBe('80%');
  });

  it('gives a font its own metrics back unchanged', () => {
    expect(fallbackOverrides(arial, arial)).toEqual({
      sizeAdjust: '100%',
      ascentOverride: '90.53%',
      descentOverride: '21.19%',
      lineGapOverride: '3.27%',
    });
  });

  it('refuses metrics that cannot be scaled', () => {
    expect(() => fallbackOverrides({ ...beVietnamPro, xWidthAvg: 0 }, arial)).toThrow(/web font.*xWidthAvg/);
    expect(() => fallbackOverrides(beVietnamPro, { ...arial, unitsPerEm: 0 })).toThrow(/fallback font/);
  });

  it('writes one @font-face that tries each local name in order', () => {
    const css = fallbackFaceCss({
      family: 'Be Vietnam Pro Fallback',
      weight: 700,
      localNames: ['Arial Bold', 'Arial-BoldMT'],
      overrides: fallbackOverrides(beVietnamPro, arial),
    });
    expect(css).toContain("font-family: 'Be Vietnam Pro Fallback';");
    expect(css).toContain('font-weight: 700;');
    expect(css).toContain("src: local('Arial Bold'), local('Arial-BoldMT');");
    expect(css).toContain('size-adjust: 110.36%;');
    expect(css).not.toContain('url(');
    expect(() => fallbackFaceCss({ family: 'X', weight: 400, localNames: [], overrides: fallbackOverrides(arial, arial) })).toThrow(/no local font names/);
  });
});
