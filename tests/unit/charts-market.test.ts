import { describe, expect, it } from 'vitest';
import { buildMarketModel, getEstimateRange, marketEstimates, marketOutlook, marketStates } from '../../src/charts/market/model';
import { chartStates } from '../../src/charts/registry';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';
import { expectCleanLabels, expectStatesAndLegibility, RENDER_WIDTH } from './chartsBHelpers';

describe('market chart', () => {
  it('handles exactly the states named in the registry', () => {
    expect([...marketStates]).toEqual([...chartStates.market]);
  });

  it('spans the named estimates from the lowest to the highest', () => {
    const values = marketEstimates.map((e) => {
      const f = getFigure(e.id);
      return 'value' in f ? f.value : NaN;
    });
    expect(getEstimateRange()).toMatchObject({ min: Math.min(...values), max: Math.max(...values) });
    expect(getEstimateRange()).toMatchObject({ min: 45, max: 200 });
  });

  it('hatches the estimates, fills the target solid and dots the forecast', () => {
    const rects = buildMarketModel('en').wide.prims.filter((p) => p.kind === 'rect' && p.height > 12);
    const hatched = rects.filter((r) => r.kind === 'rect' && r.pattern === 'hatch-other' && r.y > 30);
    expect(hatched).toHaveLength(marketEstimates.length);
    expect(rects.filter((r) => r.kind === 'rect' && !r.pattern && r.tone === 'accent')).toHaveLength(1);
    expect(rects.filter((r) => r.kind === 'rect' && r.pattern === 'dots-other' && r.y > 30)).toHaveLength(1);
  });

  for (const locale of localeCodes) {
    it(`(${locale}) labels every estimate with its source and year, and the table matches the data`, () => {
      const m = buildMarketModel(locale);
      expect(m.frame.table.rows).toHaveLength(marketEstimates.length + marketOutlook.length);
      [...marketEstimates, ...marketOutlook].forEach((e, i) => {
        const f = getFigure(e.id);
        expect(m.frame.table.rows[i]![0]).toContain(f.asOf.slice(0, 4));
        expect(m.frame.table.rows[i]![1]).toBe(formatFigure(f, locale));
      });
    });

    for (const layout of ['wide', 'narrow'] as const) {
      it(`(${locale}, ${layout}) labels do not overlap or clip, every state emphasises something, text ≥ 12 px`, () => {
        const scene = buildMarketModel(locale)[layout];
        expectCleanLabels(scene, `${locale} ${layout}`);
        expectStatesAndLegibility(scene, marketStates, RENDER_WIDTH[layout], `${locale} ${layout}`);
      });
    }
  }
});
