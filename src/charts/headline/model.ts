/**
 * Headline chart: the opening's figures as four cards (capacity, investment, banks, pledged
 * offtake). Each state emphasises its card; "all" shows every card at full strength.
 */
import { getFigure, getSource, type Figure } from '../../data';
import { formatDate, formatFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { chartStates } from '../registry';
import type { Box } from '../shared/labelLayout';
import { textBox, type SvgText } from '../shared/svgText';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';
import { publisherName } from '../../i18n/sourceText';

export type HeadlineState = (typeof chartStates.headline)[number];
export const HEADLINE_STATES = chartStates.headline;
export type CardId = Exclude<HeadlineState, 'all'>;
export const CARD_IDS: CardId[] = ['capacity', 'investment', 'banks', 'offtake'];

export const HEADLINE_LAYOUTS = {
  wide: { width: 640, columns: 2, cardHeight: 150, gap: 14, big: 40, minBig: 24, kicker: 14, sub: 14 },
  narrow: { width: 300, columns: 2, cardHeight: 168, gap: 10, big: 30, minBig: 19, kicker: 13, sub: 13 },
} as const;
export type HeadlineLayoutName = keyof typeof HEADLINE_LAYOUTS;

export interface HeadlineCard {
  id: CardId;
  box: Box;
  texts: SvgText[];
}

export interface HeadlineLayout {
  name: HeadlineLayoutName;
  width: number;
  height: number;
  cards: HeadlineCard[];
}

export interface HeadlineModel {
  frame: ChartFrameModel;
  layouts: Record<HeadlineLayoutName, HeadlineLayout>;
}

interface CardData {
  id: CardId;
  kicker: string;
  value: string;
  sub: string;
  figures: Figure[];
}

function cardData(locale: Locale): CardData[] {
  const capacity = getFigure('mou-capacity');
  const investment = getFigure('mou-investment');
  const approached = getFigure('mou-banks-approached');
  const committed = getFigure('mou-banks-committed');
  const offtake = getFigure('mou-offtake-support');
  const sym = (f: Figure) => formatFigure(f, locale, { qualifier: 'symbol' });
  return [
    { id: 'capacity', kicker: t(locale, 'charts.headline.capacity'), value: sym(capacity), sub: t(locale, 'charts.headline.capacitySub', { date: formatDate(capacity.asOf, locale) }), figures: [capacity] },
    { id: 'investment', kicker: t(locale, 'charts.headline.investment'), value: sym(investment), sub: t(locale, 'charts.headline.investmentSub'), figures: [investment] },
    {
      id: 'banks',
      kicker: t(locale, 'charts.headline.banks'),
      value: t(locale, 'charts.headline.banksValue', { committed: formatFigure(committed, locale), approached: formatFigure(approached, locale) }),
      sub: t(locale, 'charts.headline.banksSub'),
      figures: [approached, committed],
    },
    { id: 'offtake', kicker: t(locale, 'charts.headline.offtake'), value: sym(offtake), sub: t(locale, 'charts.headline.offtakeSub'), figures: [offtake] },
  ];
}

function buildLayout(name: HeadlineLayoutName, cards: CardData[]): HeadlineLayout {
  const L = HEADLINE_LAYOUTS[name];
  const W = L.width;
  const cardWidth = (W - L.gap * (L.columns - 1)) / L.columns;
  const pad = name === 'wide' ? 18 : 12;
  const inner = cardWidth - pad * 2;
  const rows = Math.ceil(cards.length / L.columns);
  const out: HeadlineCard[] = cards.map((c, i) => {
    const box: Box = { x: (i % L.columns) * (cardWidth + L.gap), y: Math.floor(i / L.columns) * (L.cardHeight + L.gap), width: cardWidth, height: L.cardHeight };
    const texts: SvgText[] = [];
    let y = box.y + pad + L.kicker;
    for (const line of wrapText(c.kicker, inner, L.kicker, true)) {
      texts.push({ x: box.x + pad, y, text: line, size: L.kicker, cls: 'note' });
      y += L.kicker * 1.3;
    }
    // The big number takes the largest size that fits the card; very long values wrap instead.
    const fit = Math.floor(inner / (estimateTextWidth(c.value, 1, true) || 1));
    const size = Math.max(L.minBig, Math.min(L.big, fit));
    const bigLines = size * estimateTextWidth(c.value, 1, true) > inner ? wrapText(c.value, inner, size, true) : [c.value];
    y += 4;
    for (const line of bigLines) {
      y += size * 0.95;
      texts.push({ x: box.x + pad, y, text: line, size, cls: 'big' });
      // Rendered line boxes are ~1.3 em tall (ascent + descent), so wrapped lines keep that apart.
      y += size * 0.38;
    }
    y += 6;
    for (const line of wrapText(c.sub, inner, L.sub)) {
      y += L.sub * 1.05;
      texts.push({ x: box.x + pad, y, text: line, size: L.sub, cls: 'sub' });
      y += L.sub * 0.25;
    }
    box.height = Math.max(L.cardHeight, y - box.y + pad);
    return { id: c.id, box, texts };
  });
  // Cards in a row share the tallest height; rows follow one another.
  let top = 0;
  for (let r = 0; r < rows; r++) {
    const row = out.slice(r * L.columns, (r + 1) * L.columns);
    const h = Math.max(...row.map((c) => c.box.height));
    for (const c of row) {
      const dy = top - c.box.y;
      c.box.y = top;
      c.box.height = h;
      c.texts.forEach((s) => (s.y += dy));
    }
    top += h + L.gap;
  }
  return { name, width: W, height: Math.ceil(top - L.gap + 2), cards: out };
}

/** Every text box of a layout, for the overlap tests. */
export function headlineTextBoxes(layout: HeadlineLayout): Box[] {
  return layout.cards.flatMap((c) => c.texts.map(textBox));
}

/** The headline chart for one locale. */
export function buildHeadlineModel(locale: Locale): HeadlineModel {
  const cards = cardData(locale);
  const title = t(locale, 'charts.headline.title', {
    capacity: formatFigure(getFigure('mou-capacity'), locale),
    investment: formatFigure(getFigure('mou-investment'), locale),
  });
  // One sentence per card ("Capacity: ≥ 20 MW, data centre planned in …."), so a screen reader
  // neither runs a caption into the next card nor starts a sentence with a lower-case caption.
  const description = cards.map((c) => `${c.kicker}: ${c.value}, ${c.sub}.`).join(' ');
  const rows = cards.flatMap((c) =>
    c.figures.map((f) => [
      c.figures.length > 1 ? t(locale, `charts.headline.row.${f.id}`) : c.kicker,
      formatFigure(f, locale),
      `${t(locale, `figure.kind.${f.kind}`)}, ${formatDate(f.asOf, locale)}`,
      f.sources.map((s) => publisherName(getSource(s), locale)).join('; '),
    ]),
  );
  return {
    frame: {
      id: 'headline',
      title,
      description,
      sourceIds: cards.flatMap((c) => c.figures.flatMap((f) => f.sources)),
      table: {
        caption: t(locale, 'charts.headline.tableCaption'),
        columns: ['what', 'value', 'kind', 'source'].map((k) => t(locale, `charts.headline.col.${k}`)),
        rows,
      },
    },
    layouts: { wide: buildLayout('wide', cards), narrow: buildLayout('narrow', cards) },
  };
}
