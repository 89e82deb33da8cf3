import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import roboto from '@capsizecss/metrics/roboto';
import robotoBold from '@capsizecss/metrics/roboto/700';
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
 * Each language's size-adjust comes from its own text (chapters, interface strings, source titles):
 * its total advance in Be Vietnam Pro over its total in Arial, whose widths are in
 * ../fonts/arialAdvances.json. Roboto and DejaVu Sans, for which there is no table, are scaled by
 * the same amount times their average width relative to Arial's.
 *
 * Limits: only Liberation Sans and DejaVu Sans are exercised here (tests/e2e/fonts.spec.ts). Arial's
 * horned ơ and ư are taken to be as wide as o and u. Android 12 and later ship Roboto as a variable
 * font, which local('Roboto Bold') may not match; the page then falls back as it did before.
 */

const family = 'Be Vietnam Pro';
const weights = [400, 700] as const;
type Weight = (typeof weights)[number];

/**
 * System fonts that stand in for the web font, tried in this order. Liberation Sans is drawn to
 * Arial's metrics, so it shares Arial's face. local() takes full and PostScript names. None has
 * Hangul, so the faces need no unicode-range: Korean falls through to the Korean fonts before and
 * after the swap alike.
 */
const standIns: readonly { name: string; metrics: Record<Weight, FontMetrics>; localNames: Record<Weight, string[]> }[] = [
  {
    name: 'Arial',
    metrics: { 400: arial, 700: arialBold },
    localNames: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
    },
  },
  {
    name: 'Roboto',
    metrics: { 400: roboto, 700: robotoBold },
    localNames: { 400: ['Roboto', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
  },
  {
    // Linux: Liberation Sans 1.07 has no ơ, ư or other Vietnamese letters of U+1EA0-1EF9; DejaVu
    // Sans has. Capsize's collection lacks it: these are DejaVu Sans 2.37's, as @capsizecss/unpack
    // reads them (fromBuffer of DejaVuSans.ttf and DejaVuSans-Bold.ttf).
    name: 'DejaVu',
    metrics: {
      400: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 },
      700: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 },
    },
    localNames: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
  },
];

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

/** Every string in a JSON value, depth first. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * The text a language's pages print: its chapters (without imports and markup), its interface
 * strings (without {placeholders}), and the sources' titles and publishers, which every language
 * cites as published (on Korean pages they are most of the Latin text).
 */
function languageText(root: string, code: string): string {
  const dir = join(root, 'content', code);
  const chapters = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) =>
      readFileSync(join(dir, name), 'utf8')
        .replace(/^(import|export) .*$/gm, '')
        .replace(/<[^>]*>|\{[^}]*\}/g, ' '),
    );
  const strings = stringsIn(JSON.parse(readFileSync(join(root, 'src/i18n', `${code}.json`), 'utf8'))).map((s) => s.replace(/\{\w+\}/g, ''));
  const citations = [...readFileSync(join(root, 'src/data/sources.ts'), 'utf8').matchAll(/(?:title|publisher): '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
  return [...chapters, ...strings, ...citations].join('\n').replace(/\s+/g, ' ');
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
      for (const standIn of standIns) {
        const metrics = standIn.metrics[weight];
        const sizeAdjust = arialScale * averageSizeAdjust(standIns[0]!.metrics[weight], metrics);
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
