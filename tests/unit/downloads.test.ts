import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { allFigures, isRange } from '../../src/data';
import { buildFigureRecords, csvColumns, CSV_LIST_SEPARATOR, toCsvField, toFiguresCsv, toFiguresJson } from '../../src/data/downloads';

describe('figure downloads', () => {
  const records = buildFigureRecords();
  const csv = toFiguresCsv(records);

  it('has one record per figure, reported and derived, in data order', () => {
    expect(records.map((r) => r.id)).toEqual(allFigures.map((f) => f.id));
    expect(records.some((r) => r.kind === 'derived')).toBe(true);
  });

  it('carries value or range, unit, date, kind and every source with publisher, title, date and URL', () => {
    records.forEach((r, i) => {
      const f = allFigures[i]!;
      // A derived value is rounded (see the next test); a reported one is given as reported.
      const given = (v: number) => (f.kind === 'derived' ? Number(v.toPrecision(4)) : v);
      if (isRange(f)) expect([r.value, r.min, r.max]).toEqual([null, given(f.min), given(f.max)]);
      else expect([r.value, r.min, r.max]).toEqual([given(f.value), null, null]);
      expect([r.unit, r.asOf, r.kind, r.qualifier]).toEqual([f.unit, f.asOf, f.kind, f.qualifier]);
      expect(r.sources.map((s) => s.id)).toEqual(f.sources);
      for (const s of r.sources) expect(s.publisher.length * s.title.length).toBeGreaterThan(0);
    });
  });

  it('rounds derived values to 4 significant figures, not a float’s sixteen digits', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    // USD 700 million over 60 MW, and two points on a map.
    expect(byId.get('an-khanh-investment-usd-per-mw')!.value).toBe(11_670_000);
    expect(byId.get('distance-thai-nguyen-to-ha-noi')!.value).toBe(63.57);
    for (const r of records.filter((r) => r.kind === 'derived'))
      for (const v of [r.value, r.min, r.max].filter((v): v is number => v !== null)) expect(String(v).replace(/^0\.0*|\.|0+$/g, '').length, r.id).toBeLessThanOrEqual(4);
    expect(csv).not.toMatch(/\d\.\d{6,}/);
  });

  it('writes CSV that Excel reads as UTF-8: byte-order mark, CRLF rows, RFC 4180 quoting', () => {
    expect(csv.startsWith('\uFEFFid,value,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(records.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(toCsvField('plain')).toBe('plain');
    expect(toCsvField('a, b')).toBe('"a, b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('parses back with a CSV parser to the same figures, row for row', () => {
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual([...csvColumns]);
    expect(rows.length).toBe(allFigures.length);
    rows.forEach((row, i) => {
      const r = records[i]!;
      expect(row.id).toBe(r.id);
      expect(row.value === '' ? null : Number(row.value)).toBe(r.value);
      expect(row.min === '' ? null : Number(row.min)).toBe(r.min);
      expect(row.max === '' ? null : Number(row.max)).toBe(r.max);
      expect(row.as_of).toBe(r.asOf);
      expect(row.note).toBe(r.note ?? '');
      expect(row.source_ids!.split(CSV_LIST_SEPARATOR)).toEqual(r.sources.map((s) => s.id));
      expect(row.source_titles!.split(CSV_LIST_SEPARATOR)).toEqual(r.sources.map((s) => s.title));
      expect(row.source_urls!.split(CSV_LIST_SEPARATOR)).toEqual(r.sources.map((s) => s.url ?? ''));
    });
  });

  it('keeps Vietnamese text intact in both formats', () => {
    expect(csv).toContain('Nông nghiệp & Môi trường');
    expect(JSON.parse(toFiguresJson(records)).figures).toEqual(records);
  });
});
