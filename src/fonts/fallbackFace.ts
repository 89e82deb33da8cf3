/**
 * Metric-matched fallback faces: a system font scaled and given the web font's vertical metrics,
 * so text drawn before the web font arrives takes the same room it will take after. On a slow
 * link the fonts come after the first paint, and without this the swap re-wraps headings and
 * moves everything below them (measured: a layout shift of 0.15 on a desktop chapter page).
 *
 * The arithmetic is Capsize's (createFontStack): scale the fallback so a line of text is as long
 * as in the web font, then restate the web font's ascent, descent and line gap in the scaled em.
 * Capsize scales by the average width of English letters; Vietnamese has a space every three or
 * four letters and Korean pages draw only spaces, digits and names in these fonts, so the build
 * scales each language by its own text instead (`textSizeAdjust`). A line may still break one
 * word earlier or later; headings, where most of the shift came from, land where they will stay.
 */

/** What the arithmetic needs from a font, in its own units (as @capsizecss/unpack and /metrics give them). */
export interface FontMetrics {
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average advance of lowercase Latin letters, weighted by how often they occur. */
  xWidthAvg: number;
}

export interface FallbackOverrides {
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
}

const percent = (value: number) => `${Number((value * 100).toFixed(2))}%`;

/** How much larger the fallback must be drawn for English letters to take the web font's width. */
export function averageSizeAdjust(web: FontMetrics, fallback: FontMetrics): number {
  for (const [name, m] of [['web', web], ['fallback', fallback]] as const) {
    if (!(m.unitsPerEm > 0) || !(m.xWidthAvg > 0)) throw new Error(`averageSizeAdjust: the ${name} font's unitsPerEm and xWidthAvg must be positive`);
  }
  return web.xWidthAvg / web.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
}

/**
 * How much larger the fallback must be drawn for `text` to take the web font's width: the ratio
 * of the text's total advance in each, over the characters both fonts draw (advances in em).
 */
export function textSizeAdjust(
  text: string,
  webAdvance: (ch: string) => number | undefined,
  fallbackAdvance: (ch: string) => number | undefined,
): number {
  let web = 0;
  let fallback = 0;
  for (const ch of text) {
    const w = webAdvance(ch);
    const f = fallbackAdvance(ch);
    if (w === undefined || f === undefined) continue;
    web += w;
    fallback += f;
  }
  if (!(fallback > 0)) throw new Error('textSizeAdjust: no character of the text is drawn by both fonts');
  return web / fallback;
}

/** The @font-face descriptors that make `fallback` stand in for `web`, drawn `sizeAdjust` times larger. */
export function fallbackOverrides(
  web: FontMetrics,
  fallback: FontMetrics,
  sizeAdjust: number = averageSizeAdjust(web, fallback),
): FallbackOverrides {
  if (!(sizeAdjust > 0)) throw new Error(`fallbackOverrides: size-adjust must be positive, not ${sizeAdjust}`);
  const scaledEm = web.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: percent(web.ascent / scaledEm),
    descentOverride: percent(Math.abs(web.descent) / scaledEm),
    lineGapOverride: percent(web.lineGap / scaledEm),
  };
}

/** One @font-face rule for a fallback family: the first of `localNames` the system has, scaled. */
export function fallbackFaceCss(options: { family: string; weight: number; localNames: readonly string[]; overrides: FallbackOverrides }): string {
  const { family, weight, localNames, overrides } = options;
  if (localNames.length === 0) throw new Error(`fallbackFaceCss: no local font names for ${family} ${weight}`);
  const src = localNames.map((name) => `local('${name}')`).join(', ');
  return (
    `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-weight: ${weight};\n  src: ${src};\n` +
    `  size-adjust: ${overrides.sizeAdjust};\n  ascent-override: ${overrides.ascentOverride};\n` +
    `  descent-override: ${overrides.descentOverride};\n  line-gap-override: ${overrides.lineGapOverride};\n}\n`
  );
}
