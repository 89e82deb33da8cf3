import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Local font files for build-time rendering (share cards). Fontsource ships each family as
 * WOFF files per Unicode subset; we load only the subsets whose ranges cover the text, so a
 * Korean card reads a handful of the ~120 Hangul subsets instead of all of them.
 * Everything comes from npm packages: no system fonts, no network.
 */

const require = createRequire(import.meta.url);

/** A font as satori takes it. */
export interface FontData {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Family {
  /** npm package of the Fontsource family. */
  pkg: string;
  /** File name prefix inside files/, e.g. "be-vietnam-pro". */
  prefix: string;
  /** Family name used in the card's CSS. */
  name: string;
}

/** Be Vietnam Pro (Latin, Vietnamese) and Noto Sans KR (Hangul), both from Fontsource. */
export const families = {
  latin: { pkg: '@fontsource/be-vietnam-pro', prefix: 'be-vietnam-pro', name: 'Be Vietnam Pro' },
  korean: { pkg: '@fontsource/noto-sans-kr', prefix: 'noto-sans-kr', name: 'Noto Sans KR' },
} as const satisfies Record<string, Family>;

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131") into [start, end] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a!, 16);
    return [start, b ? parseInt(b, 16) : start];
  });
}

/** Names of the subsets (keys of unicode.json) that contain at least one code point of `text`. */
export function getSubsetsFor(text: string, unicode: Record<string, string>): string[] {
  const points = [...new Set([...text].map((ch) => ch.codePointAt(0)!))];
  return Object.entries(unicode)
    .filter(([, range]) => {
      const pairs = parseUnicodeRange(range);
      return points.some((p) => pairs.some(([s, e]) => p >= s && p <= e));
    })
    .map(([subset]) => subset.replace(/^\[(\d+)\]$/, '$1'));
}

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** Loads the WOFF files of one family that cover `text`, in the given weights. */
export function loadFamilyFor(family: Family, text: string, weights: (400 | 700)[] = [400, 700]): FontData[] {
  const dir = packageDir(family.pkg);
  const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return getSubsetsFor(text, unicode).flatMap((subset) =>
    weights.map((weight) => ({
      // One name per subset file: satori keeps only one font per name and weight, and falls back
      // across the names listed in font-family, so each subset must be a family of its own.
      name: `${family.name} ${subset}`,
      data: readFileSync(join(dir, 'files', `${family.prefix}-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** The CSS font-family list naming every loaded subset, in fallback order. */
export function toFontFamily(fonts: FontData[]): string {
  return [...new Set(fonts.map((f) => f.name))].map((n) => `'${n}'`).join(', ');
}

/** Fonts for a card's text: Be Vietnam Pro first, Noto Sans KR for any Hangul it lacks. */
export function loadFontsFor(text: string): FontData[] {
  // Hangul subsets also carry ASCII; ask them only for the characters Be Vietnam Pro cannot draw.
  const hangul = [...text].filter((ch) => ch.codePointAt(0)! >= 0x1100).join('');
  return [...loadFamilyFor(families.latin, text), ...(hangul ? loadFamilyFor(families.korean, hangul) : [])];
}
