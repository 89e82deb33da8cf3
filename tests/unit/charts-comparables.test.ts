import { describe, expect, it } from 'vitest';
import { data, getFigure, getSource } from '../../src/data';
import { chartStates } from '../../src/charts/registry';
import { benchmarkIds, buildComparablesModel, comparablesStates, estimateTextWidth, type Label } from '../../src/charts/comparables/model';
import { t } from '../../src/i18n/t';
import { formatSourceShort } from '../../src/i18n/sourceText';

const locales = ['vi', 'en', 'ko'] as const;
const value = (id: string) => {
  const f = getFigure(id);
  if (!('value' in f)) throw new Error(id);
  return f.value;
};

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  what: string;
}
function box(l: Label): Box {
  const w = estimateTextWidth(l.text, l.size, l.bold);
  const x0 = l.anchor === 'end' ? l.x - w : l.x;
  return { x0, x1: x0 + w, y0: l.y - l.size * 0.8, y1: l.y + l.size * 0.2, what: l.text };
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('comparables model', () => {
  it('derives USD per MW as investment ÷ capacity for every project that discloses both', () => {
    const { rows } = buildComparablesModel('en');
    for (const p of data.projects.filter((p) => p.investment)) {
      const row = rows.find((r) => r.id === p.id)!;
      expect(row.perMw && 'value' in row.perMw ? row.perMw.value : NaN).toBeCloseTo(value(p.investment!) / value(p.capacity), 6);
    }
    const anKhanh = rows.find((r) => r.id === 'viettel-an-khanh')!;
    expect('value' in anKhanh.perMw! && anKhanh.perMw.value).toBeCloseTo(700_000_000 / 60, 3);
  });

  it('says "not disclosed" where no investment was published, and guesses nothing', () => {
    for (const locale of locales) {
      const { rows, frame } = buildComparablesModel(locale);
      const undisclosed = data.projects.filter((p) => !p.investment).map((p) => p.id);
      expect(undisclosed).toEqual(expect.arrayContaining(['lg-cns-vnpt', 'viettel-tan-phu-trung']));
      for (const id of undisclosed) {
        const i = rows.findIndex((r) => r.id === id);
        expect(rows[i]!.perMw).toBeNull();
        expect(frame.table.rows[i]![2]).toBe(t(locale, 'chart.notDisclosed'));
        expect(frame.table.rows[i]![3]).toBe(t(locale, 'chart.notDisclosed'));
      }
    }
  });

  it('lists every project, Thái Nguyên first, then the four benchmarks; each row names the sources of its own numbers', () => {
    const { rows, frame } = buildComparablesModel('ko');
    expect(rows[0]!.id).toBe('thai-nguyen-data-centre');
    expect(rows.filter((r) => r.kind === 'project')).toHaveLength(data.projects.length);
    expect(rows.filter((r) => r.kind === 'benchmark').map((r) => r.id)).toEqual([...benchmarkIds]);
    expect(frame.table.rowSources).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const ids = [...new Set([row.capacity, row.investment, row.kind === 'benchmark' ? row.perMw : null].flatMap((f) => f?.sources ?? []))];
      const named = frame.table.rowSources![i]!;
      expect(named.map((s) => s.text), row.id).toEqual(ids.map((id) => formatSourceShort(getSource(id), 'ko')));
      // Every row links at least one source, and links go where the source lives.
      expect(named.some((s) => s.href), row.id).toBe(true);
      named.forEach((s, j) => expect(s.href, row.id).toBe(getSource(ids[j]!).url));
    });
  });

  it('names the report that carries Thái Nguyên’s budget, which has no address, rather than linking an article without it', () => {
    const { frame } = buildComparablesModel('en');
    const named = frame.table.rowSources![0]!;
    const investmentSources = getFigure('mou-investment').sources.map((id) => formatSourceShort(getSource(id), 'en'));
    for (const text of investmentSources) expect(named.map((s) => s.text)).toContain(text);
  });

  it('handles every state named in the registry', () => {
    expect(Object.keys(comparablesStates).sort()).toEqual([...chartStates.comparables].sort());
  });

  for (const locale of locales) {
    it(`${locale}: no label leaves the viewBox or overlaps another, in both layouts`, () => {
      const model = buildComparablesModel(locale);
      for (const layout of [model.wide, model.narrow]) {
        const labels: Label[] = [...layout.headings, ...layout.rows.flatMap((r) => [r.name, ...(r.capacityText ? [r.capacityText] : []), ...r.bars.map((b) => b.value)])];
        const boxes = labels.map(box);
        for (const b of boxes) {
          expect(b.x0, b.what).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${b.what} in ${layout.width}`).toBeLessThanOrEqual(layout.width);
        }
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.what} × ${b.what}`).toBe(false)));
      }
    });
  }

  it('the narrow layout puts every project within the top of a phone’s sticky graphic', () => {
    for (const locale of locales) {
      const lastProject = buildComparablesModel(locale).narrow.rows.filter((r) => r.kind === 'project').at(-1)!;
      expect(lastProject.bars[0]!.y).toBeLessThanOrEqual(230);
    }
  });
});
