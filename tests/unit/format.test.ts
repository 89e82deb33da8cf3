import { describe, expect, it } from 'vitest';
import { formatDate, formatValue } from '../../src/i18n/format';
import type { Figure } from '../../src/data/types';
import { formatFigure } from '../../src/i18n/format';

const capacity: Figure = { id: 'x', value: 20, unit: 'MW', asOf: '2025-06-19', kind: 'reported', qualifier: 'atLeast', sources: ['s'] };
const investment: Figure = { id: 'y', value: 200_000_000, unit: 'USD', asOf: '2025-06-19', kind: 'reported', qualifier: 'about', sources: ['s'] };

describe('formatFigure', () => {
  it('writes qualifiers and units in each locale', () => {
    expect(formatFigure(capacity, 'en')).toBe('at least 20 MW');
    expect(formatFigure(capacity, 'vi')).toBe('tối thiểu 20 MW');
    expect(formatFigure(capacity, 'ko')).toBe('최소 20MW');
    expect(formatFigure(capacity, 'en', { qualifier: 'symbol' })).toBe('≥ 20 MW');
    expect(formatFigure(capacity, 'en', { qualifier: 'none' })).toBe('20 MW');
  });
  it('writes money with the locale’s large-number words', () => {
    expect(formatFigure(investment, 'en')).toBe('about USD 200 million');
    expect(formatFigure(investment, 'vi')).toBe('khoảng 200 triệu USD');
    expect(formatFigure(investment, 'ko')).toBe('약 2억 달러');
  });
  it('puts Korean qualifiers next to the number inside unit phrases', () => {
    const perMw: Figure = { id: 'z', value: 10_000_000, unit: 'USD/MW', asOf: '2025', kind: 'derived', qualifier: 'about', sources: ['s'] };
    expect(formatFigure(perMw, 'ko')).toBe('MW당 약 1,000만 달러');
    expect(formatFigure(perMw, 'en')).toBe('about USD 10 million per MW');
    const over: Figure = { ...perMw, qualifier: 'over', unit: 'USD', value: 11_900_000_000 };
    expect(formatFigure(over, 'ko')).toBe('119억 달러 이상');
    expect(formatValue(30_200_000, 'USD', 'ko')).toBe('3,020만 달러');
  });
  it('uses the locale’s digit grouping and decimal mark', () => {
    expect(formatValue(1_799_489, 'people', 'en')).toBe('1,799,489 people');
    expect(formatValue(1_799_489, 'people', 'vi')).toBe('1.799.489 người');
    expect(formatValue(8375.21, 'km2', 'vi')).toBe('8.375,2 km²');
  });
  it('formats ranges once with one unit', () => {
    expect(formatValue({ min: 17.5, max: 18.8 }, 'percent', 'en')).toBe('17.5–18.8%');
    expect(formatValue({ min: 45, max: 182 }, 'MW', 'ko')).toMatch(/^45\s?~\s?182MW$/);
  });
});

describe('formatDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatDate('2025-06-19', 'en')).toBe('19 June 2025');
    expect(formatDate('2025-06', 'en')).toBe('June 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2025-06-19', 'ko')).toBe('2025년 6월 19일');
    expect(formatDate('2025-06-19', 'vi')).toBe('19 tháng 6 năm 2025');
    expect(formatDate('2025-06', 'vi')).toBe('tháng 6 năm 2025');
    expect(formatDate('2025', 'vi')).toBe('2025');
  });
});
