import { describe, expect, it } from 'vitest';
import { buildHeadlineModel, CARD_IDS, HEADLINE_STATES, headlineTextBoxes } from '../../src/charts/headline/model';
import { chartStates } from '../../src/charts/registry';
import { boxesOverlap, boxInside } from '../../src/charts/shared/labelLayout';
import { getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';

const models = Object.fromEntries(localeCodes.map((l) => [l, buildHeadlineModel(l)]));

describe('headline', () => {
  it('has one card per named state besides "all"', () => {
    expect([...HEADLINE_STATES]).toEqual([...chartStates.headline]);
    expect(['all', ...CARD_IDS].sort()).toEqual([...chartStates.headline].sort());
    for (const m of Object.values(models)) for (const l of Object.values(m.layouts)) expect(l.cards.map((c) => c.id)).toEqual(CARD_IDS);
  });

  it("writes the data module's numbers on the cards and in the table, in every locale", () => {
    for (const [locale, m] of Object.entries(models)) {
      const l = locale as (typeof localeCodes)[number];
      const card = (id: string) => m.layouts.wide.cards.find((c) => c.id === id)!.texts.map((s) => s.text).join(' ');
      expect(card('capacity')).toContain(formatFigure(getFigure('mou-capacity'), l, { qualifier: 'symbol' }));
      expect(card('offtake')).toContain(formatFigure(getFigure('mou-offtake-support'), l, { qualifier: 'symbol' }));
      expect(card('banks')).toContain(formatFigure(getFigure('mou-banks-committed'), l));
      expect(card('banks')).toContain(formatFigure(getFigure('mou-banks-approached'), l));
      const cells = m.frame.table.rows.map((r) => r[1]);
      for (const id of ['mou-capacity', 'mou-investment', 'mou-banks-approached', 'mou-banks-committed', 'mou-offtake-support'])
        expect(cells).toContain(formatFigure(getFigure(id), l));
    }
  });

  it('keeps every text inside its card and apart from the others, in every layout and locale', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        for (const c of layout.cards) for (const s of c.texts) expect(boxInside(headlineTextBoxes({ ...layout, cards: [{ ...c, texts: [s] }] })[0]!, c.box)).toBe(true);
        const boxes = headlineTextBoxes(layout);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
      }
  });
});
