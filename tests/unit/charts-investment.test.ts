import { describe, expect, it } from 'vitest';
import { buildInvestmentModel, investmentFigureIds, investmentStates } from '../../src/charts/investment/model';
import { chartStates } from '../../src/charts/registry';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';
import { expectCleanLabels, expectStatesAndLegibility, RENDER_WIDTH } from './chartsBHelpers';

describe('investment chart', () => {
  it('handles exactly the states named in the registry', () => {
    expect([...investmentStates]).toEqual([...chartStates.investment]);
  });

  it('draws the derived USD per MW as investment ÷ capacity, labelled derived', () => {
    const m = buildInvestmentModel('en');
    const per = m.rows[0]!;
    expect(per.id).toBe('mou-investment-per-mw');
    expect(per.derived).toBe(true);
    expect(per.label).toMatch(/derived/);
    const inv = getFigure('mou-investment');
    const cap = getFigure('mou-capacity');
    expect('value' in inv && 'value' in cap && per.value).toBe('value' in inv && 'value' in cap ? inv.value / cap.value : NaN);
    // The derived bar is hatched (pattern), the sourced benchmarks solid.
    const bars = m.wide.prims.filter((p) => p.kind === 'rect' && p.in?.includes('benchmarks'));
    expect(bars.filter((b) => b.kind === 'rect' && b.pattern === 'hatch-tn')).toHaveLength(1);
  });

  it('shows each benchmark with the value of the data module', () => {
    const m = buildInvestmentModel('en');
    for (const id of investmentFigureIds.benchmarks) {
      const row = m.rows.find((r) => r.id === id)!;
      const f = getFigure(id);
      expect(row.value).toBe('value' in f ? f.value : NaN);
    }
  });

  for (const locale of localeCodes) {
    it(`(${locale}) table values equal the data module, formatted`, () => {
      const m = buildInvestmentModel(locale);
      const values = m.frame.table.rows.map((r) => r[1]);
      for (const id of [investmentFigureIds.power, investmentFigureIds.saving, investmentFigureIds.perMw, ...investmentFigureIds.benchmarks])
        expect(values).toContain(formatFigure(getFigure(id), locale));
      expect(m.frame.description).toContain(formatFigure(getFigure(investmentFigureIds.power), locale));
    });

    for (const layout of ['wide', 'narrow'] as const) {
      it(`(${locale}, ${layout}) labels do not overlap or clip, every state emphasises something, text ≥ 12 px`, () => {
        const scene = buildInvestmentModel(locale)[layout];
        expectCleanLabels(scene, `${locale} ${layout}`);
        expectStatesAndLegibility(scene, investmentStates, RENDER_WIDTH[layout], `${locale} ${layout}`);
      });
    }
  }
});
