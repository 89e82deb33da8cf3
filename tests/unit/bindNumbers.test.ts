import { describe, expect, it } from 'vitest';
import { bindNumbers, groupWords } from '../../src/i18n/bindNumbers';

const nb = (s: string) => s.replace(/_/g, '\u00a0');

describe('bindNumbers', () => {
  it('keeps a number with the word after it, and a prefix with its number', () => {
    expect(bindNumbers('about 200 MW')).toBe(nb('about 200_MW'));
    expect(bindNumbers('VND 17.5 trillion')).toBe(nb('VND_17.5_trillion'));
    expect(bindNumbers('about USD 11.7 million per MW')).toBe(nb('about USD_11.7_million per MW'));
    expect(bindNumbers('> 100,000 people')).toBe(nb('>_100,000_people'));
    expect(bindNumbers('khoảng 64 km')).toBe(nb('khoảng 64_km'));
  });
  it('keeps a Korean scale word with its unit, and lets a currency code after a scale word wrap', () => {
    expect(bindNumbers('khoảng 200 triệu USD')).toBe(nb('khoảng 200_triệu USD'));
    expect(bindNumbers('약 2억 달러')).toBe(nb('약_2억_달러'));
  });
  it('lets a line break after phrase punctuation and around words without numbers', () => {
    expect(bindNumbers('15 banks approached, 2 committed')).toBe(nb('15_banks approached, 2_committed'));
    expect(bindNumbers('45 MW; the 2030 target')).toBe(nb('45_MW; the 2030_target'));
    expect(bindNumbers('no numbers here')).toBe('no numbers here');
  });
  it('groups words for wrapping without changing them', () => {
    expect(groupWords('at least 20 MW, planned')).toEqual([['at'], ['least'], ['20', 'MW,'], ['planned']]);
  });
});

describe('bindNumbers on dates', () => {
  it('leaves Korean date parts free to wrap', () => {
    expect(bindNumbers('2025년 6월 19일 양해각서에')).toBe('2025년 6월 19일 양해각서에');
  });
});
