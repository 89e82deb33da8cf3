/**
 * Writes src/fonts/arialAdvances.json: Arial's advance widths for the Latin characters, read from
 * Liberation Sans, which is drawn to Arial's metrics glyph for glyph. The build uses them to scale
 * the fallback fonts to each language's text (src/fonts/fallbackFace.ts). Run once when the table
 * needs more characters: `node scripts/arialAdvances.mjs [dir with LiberationSans-*.ttf]`.
 */
import { create } from 'fontkitten';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/usr/share/fonts/truetype/liberation';
const ranges = [[0x20, 0x7e], [0xa0, 0x17f], [0x2000, 0x206f], [0x2190, 0x2193], [0x2212, 0x2212]];
const table = { note: 'Arial advance widths (Liberation Sans 1.07, metric-compatible), font units', unitsPerEm: 0 };
for (const [weight, file] of [[400, 'LiberationSans-Regular.ttf'], [700, 'LiberationSans-Bold.ttf']]) {
  const font = create(readFileSync(join(dir, file)));
  table.unitsPerEm = font.unitsPerEm;
  const advances = {};
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) if (font.hasGlyphForCodePoint(cp)) advances[cp.toString(16)] = font.glyphForCodePoint(cp).advanceWidth;
  }
  table[weight] = advances;
}
writeFileSync(new URL('../src/fonts/arialAdvances.json', import.meta.url), JSON.stringify(table) + '\n');
console.log(`src/fonts/arialAdvances.json: ${Object.keys(table[400]).length} + ${Object.keys(table[700]).length} advances`);
