import { describe, expect, it } from 'vitest';
import { buildPipelineModel, PIPELINE_STATES } from '../../src/charts/pipeline/model';
import { chartStates } from '../../src/charts/registry';
import { boxesOverlap, boxInside } from '../../src/charts/shared/labelLayout';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';
import { label } from '../../src/i18n/t';

const models = Object.fromEntries(localeCodes.map((l) => [l, buildPipelineModel(l)]));

describe('pipeline', () => {
  it('draws one glyph per bank approached, with the committed ones filled', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        expect(layout.glyphs).toHaveLength(15);
        expect(layout.glyphs.filter((g) => g.committed)).toHaveLength(2);
      }
  });

  it('states the conflicting report from the figure note', () => {
    for (const [locale, m] of Object.entries(models)) {
      const note = label(locale as (typeof localeCodes)[number], 'notes', 'banks-committed-conflict');
      expect(m.layouts.wide.note.map((s) => s.text).join(' ')).toBe(`* ${note}`);
    }
  });

  it("shows the data module's numbers in the table in every locale", () => {
    for (const [locale, m] of Object.entries(models)) {
      const l = locale as (typeof localeCodes)[number];
      const cells = m.frame.table.rows.map((r) => r[1]);
      expect(cells).toEqual([formatFigure(getFigure('mou-banks-approached'), l), formatFigure(getFigure('mou-banks-committed'), l)]);
    }
  });

  it('handles every state in the registry', () => {
    expect([...PIPELINE_STATES]).toEqual([...chartStates.pipeline]);
    const named = new Set(models.en!.layouts.wide.keys.flatMap((k) => k.in));
    for (const s of PIPELINE_STATES) expect(named.has(s)).toBe(true);
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
