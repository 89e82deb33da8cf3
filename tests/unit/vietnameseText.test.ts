import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = ['src/i18n/vi.json', 'src/i18n/data/vi.json', ...readdirSync('content/vi').map((f) => join('content/vi', f))];

describe('Vietnamese text', () => {
  it('never lets "Thái Bình Dương" (the Pacific) break after "Thái": its second line would read as Bình Dương province', () => {
    for (const file of files) {
      const names = readFileSync(file, 'utf8').match(/Thái[ \u00a0]Bình[ \u00a0]Dương/g) ?? [];
      for (const name of names) expect(name, file).toBe('Thái\u00a0Bình\u00a0Dương');
    }
  });
});
