import { describe, expect, it } from 'vitest';
import { buildProvinceModel, provincePanels, provincePowerState, provinceStates } from '../../src/charts/province/model';
import { chartStates } from '../../src/charts/registry';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';
import { expectCleanLabels, expectStatesAndLegibility, RENDER_WIDTH } from './chartsBHelpers';

describe('province chart', () => {
  it('shows, in the panel the power step lights, the substation its lead names', () => {
    for (const locale of ['vi', 'en', 'ko'] as const) {
      const m = buildProvinceModel(locale);
      const value = formatFigure(getFigure('phu-binh-220kv-substation-capacity'), locale, { qualifier: 'symbol' });
      const lit = m.wide.prims.filter((p) => p.kind === 'text' && p.in?.includes(provincePowerState)).map((p) => (p as { text: string }).text);
      expect(lit, locale).toContain(value);
      // On a phone the power step's window opens at the substation's figure.
      const [, top] = m.narrow.views![provincePowerState]!.split(' ').map(Number);
      const figure = m.narrow.prims.find((p) => p.kind === 'text' && (p as { text: string }).text === value) as { y: number };
      expect(figure.y - top!, locale).toBeLessThan(40);
    }
  });

  it('has one panel per state named in the registry', () => {
    expect([...provinceStates, provincePowerState]).toEqual([...chartStates.province]);
    expect(Object.keys(provincePanels)).toEqual([...provinceStates]);
  });

  it('stacks the two former provinces to the merged totals (as the sources give them)', () => {
    const v = (id: string) => {
      const f = getFigure(id);
      return 'value' in f ? f.value : NaN;
    };
    expect(v('former-thai-nguyen-area') + v('former-bac-kan-area')).toBeCloseTo(v('province-area'), 1);
    expect(v('former-thai-nguyen-population') + v('former-bac-kan-population')).toBe(v('province-population'));
  });

  it('gives the phone layout a view per state that lies inside the chart', () => {
    const scene = buildProvinceModel('en').narrow;
    for (const state of provinceStates) {
      const [x, y, w, h] = scene.views![state]!.split(' ').map(Number);
      expect(x).toBe(0);
      expect(w).toBe(scene.width);
      expect(y! + h!).toBeLessThanOrEqual(scene.height + 8);
    }
  });

  for (const locale of localeCodes) {
    it(`(${locale}) the table lists every figure with the data module's value`, () => {
      const rows = buildProvinceModel(locale).frame.table.rows;
      const ids = provinceStates.flatMap((s) => provincePanels[s]);
      expect(rows.map((r) => r[1])).toEqual(ids.map((id) => formatFigure(getFigure(id), locale)));
    });

    for (const layout of ['wide', 'narrow'] as const) {
      it(`(${locale}, ${layout}) labels do not overlap or clip, every state emphasises something, text ≥ 12 px`, () => {
        const scene = buildProvinceModel(locale)[layout];
        expectCleanLabels(scene, `${locale} ${layout}`);
        expectStatesAndLegibility(scene, chartStates.province, RENDER_WIDTH[layout], `${locale} ${layout}`);
      });
    }
  }
});
