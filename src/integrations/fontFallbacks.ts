import { entireMetricsCollection } from '@capsizecss/metrics/entireMetricsCollection';
import { fromBuffer } from '@capsizecss/unpack';
import { create, type Font } from 'fontkitten';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import arialAdvances from '../fonts/arialAdvances.json' with { type: 'json' };
import { averageSizeAdjust, fallbackFaceCss, fallbackOverrides, textSizeAdjust, type FontMetrics } from '../fonts/fallbackFace';
import { locales } from '../i18n/locales';

/**
 * The fallback faces Be Vietnam Pro is drawn in until it arrives, one set per language, and the
 * `--font-fallback` list each language's pages put after it in the font stack (src/styles/global.css).
 *
 * Each language's size-adjust comes from its own text (the chapters and the interface strings):
 * its total advance in Be Vietnam Pro over its total in Arial, whose widths are in
 * ../fonts/arialAdvances.json. Roboto and DejaVu Sans, for which there is no table, are scaled by
 * the same amount times their average width relative to Arial's (Capsize's metrics).
 */

const family = 'Be Vietnam Pro';
const weights = [400, 700] as const;
type Weight = (typeof weights)[number];

type Metrics = FontMetrics & { variants?: Partial<Record<string, FontMetrics>> };

/**
 * System fonts that stand in for the web font, tried in this order. None has Hangul, so the faces
 * need no unicode-range: Korean falls through to the Korean fonts before and after the swap alike. Liberation Sans is drawn to
 * Arial's metrics, so it shares Arial's face. local() takes full and PostScript names.
 */
const standIns: readonly { name: string; metrics: Metrics; localNames: Record<Weight, string[]> }[] = [
  {
    name: 'Arial',
    metrics: entireMetricsCollection.arial,
    localNames: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
    },
  },
  {
    name: 'Roboto',
    metrics: entireMetricsCollection.roboto,
    localNames: { 400: ['Roboto', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
  },
  {
    // Linux: Liberation Sans has no precomposed Vietnamese letters (ế, ộ, ư…), DejaVu Sans does.
    // Capsize's collection lacks it; measured from DejaVu Sans 2.37 with @capsizecss/unpack.
    name: 'DejaVu',
    metrics: {
      ascent: 1901,
      descent: -483,
      lineGap: 0,
      unitsPerEm: 2048,
      xWidthAvg: 1041,
      variants: { 700: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 } },
    },
    localNames: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
  },
];

const ofWeight = (m: Metrics, weight: Weight): FontMetrics => (weight === 400 ? m : (m.variants?.[weight] ?? m));

/** A family name per language and stand-in: "Be Vietnam Pro vi Arial". */
const familyName = (lang: string, standIn: string) => `${family} ${lang} ${standIn}`;

function openFont(file: string): Font {
  const font = create(readFileSync(file));
  if (!('glyphForCodePoint' in font)) throw new Error(`${file}: a font collection, expected one font`);
  return font;
}

/** Advance (em) of a character in Be Vietnam Pro, from Fontsource's full Latin and Vietnamese files. */
function webAdvances(fontsourceDir: string, weight: Weight): (ch: string) => number | undefined {
  const files = ['latin', 'vietnamese'].map((subset) =>
    openFont(join(fontsourceDir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff2`)),
  );
  return (ch) => {
    const cp = ch.codePointAt(0)!;
    const font = files.find((f) => f.hasGlyphForCodePoint(cp));
    return font ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : undefined;
  };
}

/** Advance (em) of a character in Arial; a Vietnamese letter the table lacks takes its base letter's width, as in Arial. */
function arialAdvance(weight: Weight): (ch: string) => number | undefined {
  const table = arialAdvances[weight] as Record<string, number>;
  const lookup = (c: string) => table[c.codePointAt(0)!.toString(16)];
  return (ch) => {
    const units = lookup(ch) ?? lookup(ch.normalize('NFD')[0]!);
    return units === undefined ? undefined : units / arialAdvances.unitsPerEm;
  };
}

/**
 * The text a language's pages print, without markup: its chapters, its interface strings, and the
 * sources' titles and publishers, which every language cites as published (on Korean pages they
 * are most of the Latin text).
 */
function languageText(root: string, code: string): string {
  const dir = join(root, 'content', code);
  const chapters = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  const strings = readFileSync(join(root, 'src/i18n', `${code}.json`), 'utf8');
  const citations = [...readFileSync(join(root, 'src/data/sources.ts'), 'utf8').matchAll(/(?:title|publisher): '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
  return [...chapters, strings, ...citations]
    .join('\n')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]*>|\{[^}]*\}|"[\w.-]+":|[{}"[\],]/g, ' ')
    .replace(/\s+/g, ' ');
}

export async function fallbackFontCss(root: string, fontsourceDir: string): Promise<string> {
  const web = new Map<Weight, { metrics: FontMetrics; advance: (ch: string) => number | undefined }>();
  for (const weight of weights) {
    const metrics = await fromBuffer(readFileSync(join(fontsourceDir, 'files', `be-vietnam-pro-latin-${weight}-normal.woff2`)));
    web.set(weight, { metrics, advance: webAdvances(fontsourceDir, weight) });
  }
  let faces = '';
  let stacks = '';
  for (const [index, locale] of locales.entries()) {
    const text = languageText(root, locale.code);
    for (const weight of weights) {
      const { metrics: webMetrics, advance } = web.get(weight)!;
      const arialScale = textSizeAdjust(text, advance, arialAdvance(weight));
      const arial = ofWeight(standIns[0]!.metrics, weight);
      for (const standIn of standIns) {
        const metrics = ofWeight(standIn.metrics, weight);
        const sizeAdjust = arialScale * averageSizeAdjust(arial, metrics);
        faces += fallbackFaceCss({
          family: familyName(locale.lang, standIn.name),
          weight,
          localNames: standIn.localNames[weight],
          overrides: fallbackOverrides(webMetrics, metrics, sizeAdjust),
        });
      }
    }
    const list = standIns.map((s) => `'${familyName(locale.lang, s.name)}'`).join(', ');
    // The default locale's list also applies to a page whose lang is none of these.
    stacks += `${index === 0 ? ':root, ' : ''}:root:lang(${locale.lang}) {\n  --font-fallback: ${list};\n}\n`;
  }
  return faces + stacks;
}
