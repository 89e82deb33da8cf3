import { describe, expect, it } from 'vitest';
import { buildComparisonModel, COMPARISON_STATES } from '../../src/charts/comparison/model';
import { chartStates } from '../../src/charts/registry';
import { boxesOverlap, boxInside, type Box } from '../../src/charts/shared/labelLayout';
import { textBox } from '../../src/charts/shared/svgText';
import { data, getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';

const models = Object.fromEntries(localeCodes.map((l) => [l, buildComparisonModel(l)]));

describe('comparison', () => {
  it('marks every facility without a disclosed capacity as "not disclosed", and only those', () => {
    const undisclosed = data.facilities.filter((f) => !f.capacity).map((f) => f.id);
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        expect(layout.rows.filter((r) => r.kind === 'not-disclosed').map((r) => r.id)).toEqual(undisclosed);
        const planned = layout.rows.filter((r) => r.kind === 'planned');
        expect(planned.map((r) => r.id)).toEqual(['thai-nguyen-data-centre']);
        expect(planned[0]!.arrow).toBeDefined();
      }
  });

  it('draws disclosed and planned bars to scale', () => {
    const layout = models.en!.layouts.wide;
    const anKhanh = layout.rows.find((r) => r.id === 'viettel-an-khanh')!;
    const tn = layout.rows.find((r) => r.id === 'thai-nguyen-data-centre')!;
    const ratio = tn.bar.width / anKhanh.bar.width;
    const mw = (id: string) => {
      const f = getFigure(id);
      return 'value' in f ? f.value : NaN;
    };
    expect(ratio).toBeCloseTo(mw('mou-capacity') / mw('an-khanh-capacity'), 5);
  });

  it('computes the remainder share from the two reported shares and labels it as computed', () => {
    const rest = getFigure('vn-dc-share-rest-2024');
    const v = (id: string) => {
      const f = getFigure(id);
      return 'value' in f ? f.value : NaN;
    };
    expect('value' in rest && rest.value).toBe(100 - v('vn-dc-share-north-2024') - v('vn-dc-share-south-2024'));
    expect(rest.kind).toBe('derived');
    const seg = models.en!.layouts.wide.split.find((s) => s.kind === 'rest')!;
    expect(seg.texts.map((t) => t.text).join(' ')).toContain('computed');
  });

  it("shows the data module's numbers in the table in every locale", () => {
    for (const [locale, m] of Object.entries(models)) {
      const l = locale as (typeof localeCodes)[number];
      const cells = m.frame.table.rows.map((r) => r[3]);
      expect(cells).toContain(formatFigure(getFigure('mou-capacity'), l, { qualifier: 'symbol' }));
      expect(cells).toContain(formatFigure(getFigure('an-khanh-capacity'), l, { qualifier: 'symbol' }));
      for (const id of ['vn-dc-share-north-2024', 'vn-dc-share-south-2024', 'vn-dc-share-rest-2024'])
        expect(cells).toContain(formatFigure(getFigure(id), l));
    }
  });

  it('handles every state in the registry', () => {
    expect([...COMPARISON_STATES]).toEqual([...chartStates.comparison]);
    const layout = models.en!.layouts.wide;
    for (const state of COMPARISON_STATES) {
      const named = layout.rows.some((r) => r.emphasis.includes(state)) || state === 'split';
      expect(named).toBe(true);
    }
  });

  it('keeps text boxes apart and inside the chart in every layout and locale', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        const boxes: Box[] = [...layout.rows.flatMap((r) => r.textBoxes), ...layout.split.flatMap((s) => s.textBoxes), ...layout.axis.map((a) => textBox(a.label))];
        const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
        boxes.forEach((a, i) => {
          expect(boxInside(a, frame)).toBe(true);
          boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false));
        });
      }
  });
});
