import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = ['src/i18n/vi.json', 'src/i18n/data/vi.json', ...readdirSync('content/vi').map((f) => join('content/vi', f))];

/** The chart strings of src/i18n/vi.json: labels an SVG wraps at any ordinary space. */
function chartStrings(): string[] {
  const dictionary = JSON.parse(readFileSync('src/i18n/vi.json', 'utf8')) as Record<string, unknown>;
  const walk = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(walk) : [];
  return ['charts', 'charts2', 'comparables'].flatMap((block) => walk(dictionary[block]));
}

describe('Vietnamese text', () => {
  it('keeps "Việt Nam" and "Công nghệ" whole in chart labels: a line break inside either reads badly', () => {
    const strings = chartStrings();
    expect(strings.length).toBeGreaterThan(100);
    for (const text of strings) expect(text, text).not.toMatch(/Việt Nam|Công nghệ/);
  });

  it('never lets "Thái Bình Dương" (the Pacific) break after "Thái": its second line would read as Bình Dương province', () => {
    for (const file of files) {
      const names = readFileSync(file, 'utf8').match(/Thái[ \u00a0]Bình[ \u00a0]Dương/g) ?? [];
      for (const name of names) expect(name, file).toBe('Thái\u00a0Bình\u00a0Dương');
    }
  });
});
