import { describe, expect, it } from 'vitest';
import { buildCapacityModel, CAPACITY_STATES, ESTIMATES } from '../../src/charts/capacity/model';
import { chartStates } from '../../src/charts/registry';
import { boxesOverlap, boxInside } from '../../src/charts/shared/labelLayout';
import { getFigure, getSource } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';

const models = Object.fromEntries(localeCodes.map((l) => [l, buildCapacityModel(l)]));
const num = (id: string) => {
  const f = getFigure(id);
  return 'value' in f ? f.value : NaN;
};

describe('capacity', () => {
  it('draws exactly 20 one-MW cells with the first 3 highlighted', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        expect(layout.cells).toHaveLength(num('mou-capacity'));
        expect(layout.cells.filter((c) => c.offtake).map((c) => c.index)).toEqual([1, 2, 3]);
        expect(num('mou-offtake-support')).toBe(3);
      }
  });

  it('shows every sourced estimate, the 2030 target and the forecast at their values', () => {
    const layout = models.en!.layouts.wide;
    const ids = layout.rows.map((r) => r.id);
    for (const e of ESTIMATES) expect(ids).toContain(e.id);
    expect(ids).toContain('vn-capacity-target-2030-most');
    expect(ids).toContain('vn-capacity-forecast-2030-vncdc');
    // Marks are on one linear scale: x grows in proportion to the value.
    const x = (id: string) => layout.rows.find((r) => r.id === id)!.mark!.x;
    const x0 = layout.rows.find((r) => r.id === 'mou-capacity')!.bar!.x;
    const k = (x('vn-capacity-sam') - x0) / num('vn-capacity-sam');
    expect((x('vn-capacity-most') - x0) / num('vn-capacity-most')).toBeCloseTo(k, 6);
    expect((x('vn-capacity-target-2030-most') - x0) / num('vn-capacity-target-2030-most')).toBeCloseTo(k, 6);
    // The band spans the lowest to the highest estimate.
    expect(layout.band.x).toBeCloseTo(x('vn-capacity-vncdc-2024'), 6);
    expect(layout.band.x + layout.band.width).toBeCloseTo(x('vn-capacity-sam'), 6);
  });

  it('dates every estimate in both drawings, the phone one (which the fact sheet prints) included', () => {
    for (const [locale, m] of Object.entries(models))
      for (const layout of Object.values(m.layouts))
        for (const e of ESTIMATES) {
          const row = layout.rows.find((r) => r.id === e.id)!;
          const year = getFigure(e.id).asOf.slice(0, 4);
          expect(row.texts.map((t) => t.text).join(' '), `${locale} ${layout.name} ${e.id}`).toContain(year);
        }
  });

  it('says "around" a year that no source of the estimate states, and only then', () => {
    const undated = ESTIMATES.filter((e) => getFigure(e.id).sources.every((id) => !getSource(id).date)).map((e) => e.id);
    // The industry association's and the ministry's pages carry no date.
    expect(undated).toEqual(expect.arrayContaining(['vn-capacity-vdca', 'vn-capacity-most']));
    for (const layout of Object.values(models.en!.layouts))
      for (const e of ESTIMATES) {
        const text = layout.rows.find((r) => r.id === e.id)!.texts.map((t) => t.text).join(' ').replaceAll('\u00a0', ' ');
        expect(text.includes(`around ${getFigure(e.id).asOf.slice(0, 4)}`), `${layout.name} ${e.id}: ${text}`).toBe(undated.includes(e.id));
      }
    // A target's year is the one it is set for, though the ministry's page is undated: not "around 2030".
    const target = models.en!.layouts.wide.rows.find((r) => r.id === 'vn-capacity-target-2030-most')!;
    expect(target.texts.map((t) => t.text).join(' ')).not.toMatch(/around/);
  });

  it("shows the data module's numbers in the table in every locale", () => {
    for (const [locale, m] of Object.entries(models)) {
      const l = locale as (typeof localeCodes)[number];
      const cells = m.frame.table.rows.map((r) => r[1]);
      for (const id of ['mou-capacity', 'mou-offtake-support', ...ESTIMATES.map((e) => e.id), 'vn-capacity-target-2030-most', 'vn-capacity-forecast-2030-vncdc'])
        expect(cells).toContain(formatFigure(getFigure(id), l, { qualifier: 'symbol' }));
    }
  });

  it('handles every state in the registry', () => {
    expect([...CAPACITY_STATES]).toEqual([...chartStates.capacity]);
    const named = new Set(models.en!.layouts.wide.unitTexts.flatMap((g) => g.in));
    named.add('national');
    for (const s of CAPACITY_STATES) expect(named.has(s)).toBe(true);
  });

  it('keeps text boxes apart and inside the chart in every layout and locale', () => {
    for (const m of Object.values(models))
      for (const [name, boxes] of Object.entries(m.textBoxes)) {
        const layout = m.layouts[name as 'wide' | 'narrow'];
        const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
        boxes.forEach((a, i) => {
          expect(boxInside(a, frame)).toBe(true);
          boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false));
        });
      }
  });
});
