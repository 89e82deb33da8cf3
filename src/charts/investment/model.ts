/**
 * Investment chart (pure): the MoU's USD per MW (derived in src/data/derived.ts) against
 * Cushman & Wakefield's cost benchmarks, then C&W's worked example of a 20 MW load's yearly power
 * bill and what each 0.1 of PUE saves. Only sourced or derived figures are drawn; nothing is
 * computed here beyond positions.
 */
import { scaleLinear } from 'd3-scale';
import { getFigure, type Figure, type NumericFigure } from '../../data';
import { getSingleValue } from '../../data/figureValue';
import { formatFigure, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import type { Prim, Scene } from '../shared/scene';
import { stackLines } from '../shared/scene';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';

/** Named states from src/charts/registry.ts. */
export const investmentStates = ['total', 'per-mw', 'benchmarks', 'power'] as const;

/** Figure ids the chart reads. */
export const investmentFigureIds = {
  investment: 'mou-investment',
  capacity: 'mou-capacity',
  perMw: 'mou-investment-per-mw',
  benchmarks: ['cw-vn-construction-cost', 'cw-vn-development-cost-incl-land', 'cw-apac-development-cost', 'cw-japan-development-cost'],
  load: 'cw-power-model-it-load',
  pue: 'cw-power-model-pue',
  tariff: 'cw-apac-power-tariff',
  power: 'cw-power-cost-20mw',
  saving: 'cw-power-saving-per-0-1-pue',
} as const;

const benchmarkKey: Record<string, string> = {
  'cw-vn-construction-cost': 'vnBuild',
  'cw-vn-development-cost-incl-land': 'vnLand',
  'cw-apac-development-cost': 'apac',
  'cw-japan-development-cost': 'japan',
};

/** Layout constants per layout. */
export const investmentSizes = {
  wide: { width: 540, font: 14, small: 13 },
  narrow: { width: 300, font: 13, small: 13 },
} as const;
type Layout = keyof typeof investmentSizes;

const num = (f: Figure): number => getSingleValue(f, 'src/charts/investment/model.ts');

interface Row {
  id: string;
  label: string;
  value: number;
  valueText: string;
  derived: boolean;
}

export interface InvestmentModel {
  frame: ChartFrameModel;
  wide: Scene;
  narrow: Scene;
  rows: Row[];
}

/** Short value for a bar end: "~10" (USD million per MW, the axis unit). */
function shortMillions(f: Figure, locale: Locale): string {
  const n = formatNumber(num(f) / 1e6, 'count', locale);
  return t(locale, `qualifierSymbol.${f.qualifier}`, { value: n });
}

function buildRows(locale: Locale): Row[] {
  const per = getFigure(investmentFigureIds.perMw);
  const rows: Row[] = [
    {
      id: per.id,
      label: `${t(locale, 'charts2.investment.rows.tn')} (${t(locale, 'charts2.derived')})`,
      value: num(per),
      valueText: shortMillions(per, locale),
      derived: true,
    },
  ];
  for (const id of investmentFigureIds.benchmarks) {
    const f = getFigure(id);
    rows.push({
      id,
      label: t(locale, `charts2.investment.rows.${benchmarkKey[id]}`),
      value: num(f),
      valueText: shortMillions(f, locale),
      derived: false,
    });
  }
  return rows;
}

function buildScene(layout: Layout, locale: Locale, rows: Row[]): Scene {
  const { width, font, small } = investmentSizes[layout];
  const narrow = layout === 'narrow';
  const prims: Prim[] = [];
  const f = (id: string) => getFigure(id);
  const sym = (id: string) => formatFigure(f(id), locale, { qualifier: 'symbol' });
  let y = font + 2;

  // 1. The sum: investment ÷ capacity ≈ per MW (derived).
  const equation = t(locale, 'charts2.investment.equation', {
    investment: sym(investmentFigureIds.investment),
    capacity: sym(investmentFigureIds.capacity),
    perMw: sym(investmentFigureIds.perMw),
  });
  const eqLines = wrapText(`${equation} (${t(locale, 'charts2.derived')})`, width, font + 1, true);
  const eq = stackLines(eqLines, 0, y, font + 1, { bold: true, tone: 'tn', in: ['total', 'per-mw'] });
  prims.push(...eq.prims);
  y = eq.bottom + font * 2.1;

  // 2. Bars in USD million per MW.
  const max = Math.max(...rows.map((r) => r.value)) / 1e6;
  const labelWidth = narrow ? 0 : 210;
  const valueRoom = estimateTextWidth('~16.1', font, true) + 8;
  const x = scaleLinear()
    .domain([0, Math.ceil(max / 5) * 5])
    .range([labelWidth, width - valueRoom]);
  const axisTitle = t(locale, 'charts2.investment.axis');
  prims.push({ kind: 'text', x: labelWidth, y, text: axisTitle, size: small, tone: 'muted', in: ['per-mw', 'benchmarks'] });
  y += small * 0.8;
  const barsTop = y;
  const barH = narrow ? 14 : 18;
  const rowH = narrow ? font * 1.3 + barH + 12 : Math.max(barH + 14, font * 2.4);
  rows.forEach((row, i) => {
    const top = barsTop + i * rowH + (narrow ? font * 1.3 + 4 : 7);
    const states = row.derived ? ['per-mw', 'benchmarks'] : ['benchmarks'];
    const labelY = narrow ? top - 5 : top + barH / 2 + font * 0.35;
    const labelLines = narrow ? [row.label] : wrapText(row.label, labelWidth - 10, font, row.derived);
    // Two-line labels in the wide layout centre on the bar.
    const firstY = labelY - ((labelLines.length - 1) * font * 1.2) / 2;
    labelLines.forEach((line, k) =>
      prims.push({ kind: 'text', x: 0, y: firstY + k * font * 1.2, text: line, size: font, bold: row.derived, in: states }),
    );
    prims.push({
      kind: 'rect',
      x: x(0),
      y: top,
      width: x(row.value / 1e6) - x(0),
      height: barH,
      ...(row.derived ? { pattern: 'hatch-tn' as const, stroke: 'tn' as const } : { tone: 'other' as const }),
      in: states,
    });
    prims.push({
      kind: 'text',
      x: x(row.value / 1e6) + 6,
      y: top + barH / 2 + font * 0.35,
      text: row.valueText,
      size: font,
      bold: true,
      tone: row.derived ? 'tn' : 'ink',
      in: states,
    });
  });
  const barsBottom = barsTop + rows.length * rowH + 4;
  // Grid and ticks.
  for (const tick of x.ticks(4)) {
    prims.unshift({ kind: 'line', x1: x(tick), y1: barsTop, x2: x(tick), y2: barsBottom, tone: 'grid', in: ['per-mw', 'benchmarks'] });
    prims.push({
      kind: 'text',
      x: x(tick),
      y: barsBottom + small + 2,
      text: formatNumber(tick, 'count', locale),
      size: small,
      anchor: x(tick) < small ? 'start' : 'middle',
      tone: 'muted',
      in: ['per-mw', 'benchmarks'],
    });
  }
  const benchSource = t(locale, 'charts2.investment.benchmarkSource', {
    year: getFigure(investmentFigureIds.benchmarks[0]).asOf.slice(0, 4),
  });
  y = barsBottom + small * 2.6 + 4;
  const bs = stackLines(wrapText(benchSource, width, small), 0, y, small, { tone: 'muted', in: ['benchmarks'] });
  prims.push(...bs.prims);
  const barsEnd = bs.bottom + small * 0.5;
  y = bs.bottom + font * 2.4;
  const powerTop = y - font * 1.2;

  // 3. Power: C&W's worked example, its inputs named, its sourced result drawn as a bar.
  const heading = t(locale, 'charts2.investment.powerHeading', {
    load: formatFigure(f(investmentFigureIds.load), locale, { qualifier: 'none' }),
    pue: formatFigure(f(investmentFigureIds.pue), locale, { qualifier: 'none' }),
    tariff: formatFigure(f(investmentFigureIds.tariff), locale, { qualifier: 'none' }),
  });
  const head = stackLines(wrapText(heading, width, font, true), 0, y, font, { bold: true, in: ['power'] });
  prims.push(...head.prims);
  y = head.bottom + font * 1.7;
  const costText = t(locale, 'charts2.investment.powerCost', { value: sym(investmentFigureIds.power) });
  prims.push({ kind: 'text', x: 0, y, text: costText, size: font, bold: true, tone: 'accent', in: ['power'] });
  y += 8;
  const power = num(f(investmentFigureIds.power));
  const saving = num(f(investmentFigureIds.saving));
  const px = scaleLinear().domain([0, power]).range([0, width]);
  const powerH = narrow ? 16 : 20;
  prims.push({ kind: 'rect', x: 0, y, width: px(power - saving), height: powerH, tone: 'accent', in: ['power'] });
  prims.push({
    kind: 'rect',
    x: px(power - saving),
    y,
    width: px(saving),
    height: powerH,
    pattern: 'hatch-accent',
    stroke: 'accent',
    in: ['power'],
  });
  y += powerH;
  // The saving's label hangs under the bar's right end, with a tick pointing at the slice.
  prims.push({ kind: 'line', x1: px(power - saving / 2), y1: y, x2: px(power - saving / 2), y2: y + 8, tone: 'accent', width: 1.5, in: ['power'] });
  const savingText = t(locale, 'charts2.investment.powerSaving', { value: sym(investmentFigureIds.saving) });
  const savingLines = wrapText(savingText, width, font);
  const sv = stackLines(savingLines, width, y + 8 + font, font, { anchor: 'end', in: ['power'] });
  prims.push(...sv.prims);
  y = sv.bottom + small * 1.6;
  const note = stackLines(wrapText(t(locale, 'charts2.investment.powerNote'), width, small), 0, y, small, { tone: 'muted', in: ['power'] });
  prims.push(...note.prims);
  y = note.bottom + small * 0.5;

  const height = Math.ceil(y);
  // Where the graphic is shorter than the drawing (a phone, a low laptop screen), it pans between
  // the per-MW bars and the power bill.
  const top = `0 0 ${width} ${Math.ceil(barsEnd)}`;
  const views = { total: top, 'per-mw': top, benchmarks: top, power: `0 ${Math.floor(powerTop)} ${width} ${Math.ceil(height - powerTop)}` };
  return { width, height, prims, views };
}

/** Builds the investment chart for a locale. */
export function buildInvestmentModel(locale: Locale): InvestmentModel {
  const rows = buildRows(locale);
  const f = (id: string) => getFigure(id);
  const word = (id: string) => formatFigure(f(id), locale);
  const per = f(investmentFigureIds.perMw) as NumericFigure;
  const all = [
    investmentFigureIds.perMw,
    ...investmentFigureIds.benchmarks,
    investmentFigureIds.load,
    investmentFigureIds.pue,
    investmentFigureIds.tariff,
    investmentFigureIds.power,
    investmentFigureIds.saving,
  ];
  const kindText = (fig: Figure) => t(locale, `figure.kind.${fig.kind}`);
  const itemName = (id: string): string => {
    if (id === investmentFigureIds.perMw) return t(locale, 'charts2.investment.rows.tn');
    if (id in benchmarkKey) return t(locale, `charts2.investment.rows.${benchmarkKey[id]}`);
    return t(locale, `charts2.investment.items.${id}`);
  };
  const frame: ChartFrameModel = {
    id: 'investment',
    title: t(locale, 'charts2.investment.title', {
      perMw: formatFigure(per, locale, { qualifier: 'symbol' }),
      capacity: formatFigure(f(investmentFigureIds.capacity), locale, { qualifier: 'none' }),
    }),
    description: t(locale, 'charts2.investment.description', {
      perMw: word(investmentFigureIds.perMw),
      investment: word(investmentFigureIds.investment),
      capacity: word(investmentFigureIds.capacity),
      vnBuild: word('cw-vn-construction-cost'),
      vnLand: word('cw-vn-development-cost-incl-land'),
      apac: word('cw-apac-development-cost'),
      japan: word('cw-japan-development-cost'),
      load: word(investmentFigureIds.load),
      pue: word(investmentFigureIds.pue),
      tariff: word(investmentFigureIds.tariff),
      power: word(investmentFigureIds.power),
      saving: word(investmentFigureIds.saving),
    }),
    sourceIds: [...new Set([investmentFigureIds.investment, investmentFigureIds.capacity, ...all].flatMap((id) => f(id).sources))],
    table: {
      caption: t(locale, 'charts2.investment.caption'),
      columns: [t(locale, 'charts2.table.item'), t(locale, 'charts2.table.value'), t(locale, 'charts2.table.kind')],
      rows: [investmentFigureIds.investment, investmentFigureIds.capacity, ...all].map((id) => [
        itemName(id),
        word(id),
        kindText(f(id)),
      ]),
    },
  };
  return { frame, rows, wide: buildScene('wide', locale, rows), narrow: buildScene('narrow', locale, rows) };
}
