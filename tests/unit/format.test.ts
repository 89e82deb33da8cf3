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
  it('writes large Korean amounts in 조, 억 and 만 parts, without decimals', () => {
    expect(formatValue(1_310_000_000, 'USD', 'ko')).toBe('13억1,000만 달러');
    expect(formatValue(341_300_000, 'USD', 'ko')).toBe('3억4,100만 달러');
    expect(formatValue(17_500_000_000_000, 'VND', 'ko')).toBe('17조5,000억 동');
    expect(formatValue(200_000_000, 'USD', 'ko')).toBe('2억 달러');
    expect(formatValue(11_900_000_000, 'USD', 'ko')).toBe('119억 달러');
    expect(formatValue(14_470_000_000, 'USD', 'ko')).toBe('145억 달러');
    expect(formatValue(658_000_000_000, 'VND', 'ko')).toBe('6,580억 동');
    // Below 1억 Intl's form was already right; the other languages are unchanged.
    expect(formatValue(8_330_000, 'USD', 'ko')).toBe('833만 달러');
    expect(formatValue(1_310_000_000, 'USD', 'en')).toBe('USD 1.31 billion');
    expect(formatValue(1_310_000_000, 'USD', 'vi')).toBe('1,31 tỷ USD');
  });
  it('writes whole 만 of people in Korean as 만, with a space before the counter', () => {
    const workers: Figure = { id: 'w', value: 100_000, unit: 'people', asOf: '2025', kind: 'reported', qualifier: 'about', sources: ['s'] };
    expect(formatFigure(workers, 'ko')).toBe('약 10만 명');
    expect(formatFigure(workers, 'ko', { qualifier: 'symbol' })).toBe('약 10만 명');
    expect(formatFigure(workers, 'en')).toBe('about 100,000 people');
    expect(formatValue(1_799_489, 'people', 'ko')).toBe('1,799,489명');
    expect(formatValue(3_691, 'people', 'ko')).toBe('3,691명');
    expect(formatValue(230_000, 'count', 'ko')).toBe('230,000');
  });
  it('uses the locale’s digit grouping and decimal mark', () => {
    expect(formatValue(1_799_489, 'people', 'en')).toBe('1,799,489 people');
    expect(formatValue(1_799_489, 'people', 'vi')).toBe('1.799.489 người');
    expect(formatValue(8375.21, 'km2', 'vi')).toBe('8.375 km²');
    expect(formatValue(12.5, 'percent', 'vi')).toBe('12,5%');
  });
  it('writes areas in whole km², so the merged province’s parts add up as printed', () => {
    const parts = [3521.96, 4853.25].map((v) => Number(formatValue(v, 'km2', 'en').replace(/[^\d.]/g, '')));
    expect(parts[0]! + parts[1]!).toBe(Number(formatValue(8375.21, 'km2', 'en').replace(/[^\d.]/g, '')));
  });
  it('formats ranges once with one unit', () => {
    expect(formatValue({ min: 17.5, max: 18.8 }, 'percent', 'en')).toBe('17.5–18.8%');
    expect(formatValue({ min: 45, max: 182 }, 'MW', 'ko')).toMatch(/^45\s?~\s?182MW$/);
  });
  it('puts an en dash between Vietnamese range numbers', () => {
    expect(formatValue({ min: 17.5, max: 18.8 }, 'percent', 'vi')).toBe('17,5–18,8%');
    expect(formatValue({ min: 11, max: 15 }, 'years', 'vi')).toBe('11–15 năm');
    expect(formatValue({ min: 100_000_000, max: 200_000_000 }, 'USD', 'vi')).toBe('100–200 triệu USD');
    expect(formatValue({ min: 100_000_000, max: 250_000_000 }, 'USD', 'ko')).toBe('1억~2억5,000만 달러');
  });
  it('writes a Vietnamese first rank as an ordinal word', () => {
    const first: Figure = { id: 'r', value: 1, unit: 'rank', asOf: '2026-02', kind: 'reported', qualifier: 'exact', sources: ['s'] };
    expect(formatFigure(first, 'vi')).toBe('thứ nhất');
    expect(formatFigure({ ...first, value: 3 }, 'vi')).toBe('thứ 3');
    expect(formatFigure(first, 'en')).toBe('No. 1');
    expect(formatFigure(first, 'ko')).toBe('1위');
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
