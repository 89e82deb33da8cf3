import { describe, expect, it } from 'vitest';
import { DataError, validateData, type RawData } from '../../src/data/validate';

const source = {
  id: 'nnmt-2025-06-19',
  publisher: 'Nông nghiệp & Môi trường',
  title: 'Thái Nguyên hướng tới trung tâm AI và dữ liệu hàng đầu miền Bắc',
  date: '2025-06-19',
  url: 'https://nongnghiepmoitruong.vn/x.html',
  language: 'vi',
  confidence: 'high',
};
const figure = { id: 'mou-capacity', value: 20, unit: 'MW', asOf: '2025-06-19', kind: 'reported', qualifier: 'atLeast', sources: ['nnmt-2025-06-19'] };

function raw(overrides: Partial<RawData>): RawData {
  return { sources: [source], figures: [figure], places: [], events: [], facilities: [], projects: [], ...overrides };
}

function problemsOf(input: RawData): string[] {
  try {
    validateData(input);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

describe('validateData', () => {
  it('accepts a sourced figure', () => {
    expect(problemsOf(raw({}))).toEqual([]);
  });

  it('rejects a figure without a source, naming file and field', () => {
    expect(problemsOf(raw({ figures: [{ ...figure, sources: [] }] }))).toEqual([
      'src/data/figures.ts: figures[0] (id "mou-capacity") → field "sources": must cite at least one source id',
    ]);
  });

  it('rejects a source id that does not exist', () => {
    expect(problemsOf(raw({ figures: [{ ...figure, sources: ['nope'] }] }))).toEqual([
      'src/data/figures.ts: figures[0] (id "mou-capacity") → field "sources.0": unknown source id "nope"',
    ]);
  });

  it('rejects malformed dates in figures and sources', () => {
    const problems = problemsOf(raw({ figures: [{ ...figure, asOf: '19/06/2025' }], sources: [{ ...source, date: '2025-02-30' }] }));
    expect(problems).toContain(
      'src/data/figures.ts: figures[0] (id "mou-capacity") → field "asOf": must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(problems).toContain('src/data/sources.ts: sources[0] (id "nnmt-2025-06-19") → field "date": is not a real calendar date');
  });

  it('rejects duplicate ids and unknown units', () => {
    const problems = problemsOf(raw({ figures: [figure, { ...figure, unit: 'furlongs' }] }));
    expect(problems.some((p) => p.includes('figures[1]') && p.includes('field "unit"'))).toBe(true);
    expect(problems).toContain('src/data/figures.ts: figures[1] (id "mou-capacity") → field "id": duplicate id "mou-capacity"');
  });

  it('rejects a facility pointing at an unknown figure', () => {
    const facility = { id: 'x', capacity: 'ghost', status: 'operating', sources: ['nnmt-2025-06-19'] };
    expect(problemsOf(raw({ facilities: [facility] }))).toEqual([
      'src/data/facilities.ts: facilities[0] (id "x") → field "capacity": unknown figure id "ghost"',
    ]);
  });
});
