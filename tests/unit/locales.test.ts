import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkTranslations } from '../../src/content/checkTranslations';
import { scanChapters } from '../../src/content/checkContent';
import { dictionaries } from '../../src/i18n/t';
import { localeCodes, defaultLocale } from '../../src/i18n/locales';
import { pickLocale } from '../../src/i18n/pickLocale';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

describe('every locale tells the same story', () => {
  const scans = scanChapters(contentDir, localeCodes);
  const byLocale = (l: string) => scans.filter((s) => s.locale === l);

  it('has the same chapters in every locale', () => {
    const files = (l: string) => byLocale(l).map((s) => s.file);
    for (const l of localeCodes) expect(files(l)).toEqual(files(defaultLocale));
    expect(files(defaultLocale).length).toBeGreaterThan(0);
  });

  it('cites the same figures and steps in every locale', () => {
    for (const l of localeCodes) {
      byLocale(l).forEach((s, i) => {
        const ref = byLocale(defaultLocale)[i]!;
        expect(new Set(s.figureIds), s.path).toEqual(new Set(ref.figureIds));
        expect(s.stepIds, s.path).toEqual(ref.stepIds);
      });
    }
  });

  it('has the same UI keys and data labels in every locale', () => {
    expect(checkTranslations(dictionaries.ui, (l) => `src/i18n/${l}.json`, defaultLocale)).toEqual([]);
    expect(checkTranslations(dictionaries.data, (l) => `src/i18n/data/${l}.json`, defaultLocale)).toEqual([]);
  });

  it('reports a missing translation by file and key', () => {
    const problems = checkTranslations({ vi: { a: { b: 'x', c: 'y' } }, ko: { a: { b: 'x' } } }, (l) => `src/i18n/${l}.json`, 'vi');
    expect(problems).toEqual(['src/i18n/ko.json: missing translation for key "a.c"']);
  });
});

describe('pickLocale', () => {
  it('sends visitors to their language, else Vietnamese', () => {
    expect(pickLocale(['ko-KR', 'en'])).toBe('ko');
    expect(pickLocale(['en-US'])).toBe('en');
    expect(pickLocale(['fr-FR', 'de'])).toBe('vi');
  });
});
