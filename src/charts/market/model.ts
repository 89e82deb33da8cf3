/**
 * Market chart (pure): Vietnam's installed data-centre capacity today as a range of named
 * estimates (hatched), against the 2030 target (solid) and a 2030 forecast (dotted). The gap
 * between the two groups is drawn, not computed: no number is printed for it.
 */
import { scaleLinear } from 'd3-scale';
import { getFigure, getSource, yearOf, type Figure } from '../../data';
import { getSingleValue } from '../../data/figureValue';
import { formatAsOf } from '../../i18n/sourceText';
import { formatFigure, formatNumber, formatValue } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { buildLegend, stackLines, type Prim, type RectPrim, type Scene } from '../shared/scene';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';

/** Named states from src/charts/registry.ts. */
export const marketStates = ['estimates', 'target'] as const;

/** Today's estimates, each with the key of its estimator's short name in charts2.market.by. */
export const marketEstimates = [
  { id: 'vn-capacity-vncdc-2024', by: 'vncdc' },
  { id: 'vn-capacity-vdca', by: 'vdca' },
  { id: 'vn-capacity-cbre-2025', by: 'cbre' },
  { id: 'vn-capacity-most', by: 'most' },
  { id: 'vn-capacity-sam', by: 'sam' },
] as const;
/** The 2030 target and the 2030 forecast. */
export const marketOutlook = [
  { id: 'vn-capacity-target-2030-most', by: 'most', role: 'target' },
  { id: 'vn-capacity-forecast-2030-vncdc', by: 'vncdc', role: 'forecast' },
] as const;

export const marketSizes = {
  wide: { width: 540, font: 14, small: 13 },
  narrow: { width: 300, font: 13, small: 13 },
} as const;
type Layout = keyof typeof marketSizes;

const num = (f: Figure): number => getSingleValue(f, 'src/charts/market/model.ts');

export interface MarketModel {
  frame: ChartFrameModel;
  wide: Scene;
  narrow: Scene;
}

const ESTIMATE_STYLE: Pick<RectPrim, 'pattern' | 'stroke'> = { pattern: 'hatch-other', stroke: 'other' };
const TARGET_STYLE: Pick<RectPrim, 'tone'> = { tone: 'accent' };
const FORECAST_STYLE: Pick<RectPrim, 'pattern' | 'stroke' | 'dashed'> = { pattern: 'dots-other', stroke: 'other', dashed: true };

function rowLabel(locale: Locale, by: string, f: Figure, role?: string): string {
  const name = t(locale, `charts2.market.by.${by}`);
  const base = t(locale, 'charts2.market.rowLabel', { name, date: formatAsOf(f, f.sources.map(getSource), locale, { yearOnly: true }) });
  return role === 'forecast' ? `${base} · ${t(locale, 'charts2.market.forecast')}` : role === 'target' ? `${base} · ${t(locale, 'charts2.market.target')}` : base;
}

/** The lowest and highest of today's estimates (ties: the first listed). */
export function getEstimateRange(): { min: number; max: number; minFigure: Figure; maxFigure: Figure } {
  const figs = marketEstimates.map((e) => getFigure(e.id));
  const minFigure = figs.reduce((a, b) => (num(b) < num(a) ? b : a));
  const maxFigure = figs.reduce((a, b) => (num(b) > num(a) ? b : a));
  return { min: num(minFigure), max: num(maxFigure), minFigure, maxFigure };
}

/** "45 MW to ~200 MW": the range of estimates with each end's own qualifier. */
function formatRange(locale: Locale): string {
  const r = getEstimateRange();
  return t(locale, 'charts2.market.range', {
    min: formatFigure(r.minFigure, locale, { qualifier: 'symbol' }),
    max: formatFigure(r.maxFigure, locale, { qualifier: 'symbol' }),
  });
}

function buildScene(layout: Layout, locale: Locale): Scene {
  const { width, font, small } = marketSizes[layout];
  const narrow = layout === 'narrow';
  const prims: Prim[] = [];
  let y = small;

  // Legend: the three encodings, never colour alone.
  const legend = buildLegend(
    [
      { label: t(locale, 'charts2.market.legendEstimate'), swatch: ESTIMATE_STYLE },
      { label: t(locale, 'charts2.market.target'), swatch: TARGET_STYLE, in: ['target'] },
      { label: t(locale, 'charts2.market.forecast'), swatch: FORECAST_STYLE, in: ['target'] },
    ],
    y,
    width,
    small,
  );
  prims.push(...legend.prims);
  y = legend.bottom + font * 2;

  const maxValue = Math.max(...marketOutlook.map((o) => num(getFigure(o.id))));
  const allLabels = [
    ...marketEstimates.map((e) => rowLabel(locale, e.by, getFigure(e.id))),
    ...marketOutlook.map((o) => rowLabel(locale, o.by, getFigure(o.id), o.role)),
  ];
  const labelWidth = narrow ? 0 : Math.max(...allLabels.map((l) => estimateTextWidth(l, font, true))) + 12;
  // Room right of the longest bar for the widest value label, as this locale writes it ("약 1,000MW").
  const valueRoom =
    Math.max(...[...marketEstimates, ...marketOutlook].map((r) => estimateTextWidth(formatFigure(getFigure(r.id), locale, { qualifier: 'symbol' }), font, true))) + 8;
  const x = scaleLinear().domain([0, maxValue]).nice().range([labelWidth, width - valueRoom]);
  const barH = narrow ? 12 : 16;
  const rowH = narrow ? font * 1.5 + barH + 9 : barH + 12;

  const drawRow = (f: Figure, label: string, style: Partial<RectPrim>, states: string[], top: number, strong: boolean) => {
    const barTop = narrow ? top + font * 1.5 : top;
    const labelY = narrow ? top + font * 0.95 : barTop + barH / 2 + font * 0.35;
    prims.push({ kind: 'text', x: 0, y: labelY, text: label, size: font, bold: strong, in: states });
    prims.push({ kind: 'rect', x: x(0), y: barTop, width: x(num(f)) - x(0), height: barH, ...style, in: states });
    prims.push({
      kind: 'text',
      x: x(num(f)) + 6,
      y: barTop + barH / 2 + font * 0.35,
      text: formatFigure(f, locale, { qualifier: 'symbol' }),
      size: font,
      bold: true,
      in: states,
    });
  };

  // Today: header with the range, then one row per named estimate.
  const range = getEstimateRange();
  const headToday = t(locale, 'charts2.market.today', { range: formatRange(locale) });
  const ht = stackLines(wrapText(headToday, width, font, true), 0, y, font, { bold: true, in: ['estimates', 'target'] });
  prims.push(...ht.prims);
  y = ht.bottom + font * 0.9;
  const todayTop = y;
  marketEstimates.forEach((e, i) => {
    const f = getFigure(e.id);
    drawRow(f, rowLabel(locale, e.by, f), ESTIMATE_STYLE, ['estimates', 'target'], todayTop + i * rowH, false);
  });
  const todayBottom = todayTop + marketEstimates.length * rowH - (narrow ? 6 : 10);
  // The band the estimates span, behind the bars.
  prims.unshift({
    kind: 'rect',
    x: x(range.min),
    y: todayTop - 4,
    width: x(range.max) - x(range.min),
    height: todayBottom - todayTop + 8,
    tone: 'grid',
    in: ['estimates', 'target'],
  });
  y = todayBottom + font * 2.4;

  // 2030: header, the gap bracket from the highest estimate to the target, then the two rows.
  const target = getFigure(marketOutlook[0].id);
  const h30 = t(locale, 'charts2.market.in2030', { year: yearOf(target) });
  prims.push({ kind: 'text', x: 0, y, text: h30, size: font, bold: true, in: ['target'] });
  const gapY = y + font * 1.2;
  const x0 = x(range.max);
  const x1 = x(num(target));
  prims.push({ kind: 'line', x1: x0, y1: gapY, x2: x1, y2: gapY, tone: 'tn', width: 2, in: ['target'] });
  prims.push({ kind: 'line', x1: x0, y1: gapY - 5, x2: x0, y2: gapY + 5, tone: 'tn', width: 2, in: ['target'] });
  prims.push({ kind: 'line', x1: x1, y1: gapY - 5, x2: x1, y2: gapY + 5, tone: 'tn', width: 2, in: ['target'] });
  const gapText = t(locale, 'charts2.market.gap');
  const gapTextW = estimateTextWidth(gapText, font, true);
  const gapX = Math.min(Math.max((x0 + x1) / 2, gapTextW / 2), width - gapTextW / 2);
  prims.push({ kind: 'text', x: gapX, y: gapY - 7, text: gapText, size: font, bold: true, tone: 'tn', anchor: 'middle', in: ['target'] });
  // A faint guide down from the highest estimate to the bracket.
  prims.unshift({ kind: 'line', x1: x0, y1: todayTop - 4, x2: x0, y2: gapY, tone: 'soft', dashed: true, in: ['target'] });
  y = gapY + 10;
  marketOutlook.forEach((o, i) => {
    const f = getFigure(o.id);
    drawRow(f, rowLabel(locale, o.by, f, o.role), o.role === 'target' ? TARGET_STYLE : FORECAST_STYLE, ['target'], y + i * rowH, o.role === 'target');
  });
  const bottom = y + marketOutlook.length * rowH - (narrow ? 6 : 10) + 4;
  const lastEstimateTop = todayTop + (marketEstimates.length - 1) * rowH - 4;

  // Axis.
  const ticks = x.ticks(narrow ? 2 : 3);
  ticks.forEach((tick, i) => {
    prims.unshift({ kind: 'line', x1: x(tick), y1: todayTop - 4, x2: x(tick), y2: bottom, tone: 'grid' });
    // Only the last tick carries the unit, so tick labels stay short enough not to touch.
    const text = i === ticks.length - 1 ? formatValue(tick, 'MW', locale) : formatNumber(tick, 'MW', locale);
    prims.push({ kind: 'text', x: x(tick), y: bottom + small + 2, text, size: small, anchor: tick === 0 ? 'start' : 'middle', tone: 'muted' });
  });
  const height = Math.ceil(bottom + small + 6);
  // Where the graphic is shorter than the drawing, it pans: the named estimates, then the highest
  // estimate with the gap to the 2030 rows.
  const views = { estimates: `0 0 ${width} ${Math.ceil(todayBottom + 8)}`, target: `0 ${Math.floor(lastEstimateTop)} ${width} ${Math.ceil(height - lastEstimateTop)}` };
  return { width, height, prims, views };
}

/** Builds the market chart for a locale. */
export function buildMarketModel(locale: Locale): MarketModel {
  const all = [...marketEstimates, ...marketOutlook];
  const target = getFigure(marketOutlook[0].id);
  const forecast = getFigure(marketOutlook[1].id);
  const frame: ChartFrameModel = {
    id: 'market',
    title: t(locale, 'charts2.market.title', {
      range: formatRange(locale),
      target: formatFigure(target, locale, { qualifier: 'symbol' }),
      year: yearOf(target),
    }),
    description: t(locale, 'charts2.market.description', {
      list: marketEstimates.map((e) => `${rowLabel(locale, e.by, getFigure(e.id))}: ${formatFigure(getFigure(e.id), locale)}`).join('; '),
      target: formatFigure(target, locale),
      forecast: formatFigure(forecast, locale),
    }),
    sourceIds: [...new Set(all.flatMap((e) => getFigure(e.id).sources))],
    table: {
      caption: t(locale, 'charts2.market.caption', { year: yearOf(target) }),
      columns: [t(locale, 'charts2.table.item'), t(locale, 'charts2.table.value'), t(locale, 'charts2.table.kind')],
      rows: all.map((e) => {
        const f = getFigure(e.id);
        return [rowLabel(locale, e.by, f, 'role' in e ? e.role : undefined), formatFigure(f, locale), t(locale, `figure.kind.${f.kind}`)];
      }),
    },
  };
  return { frame, wide: buildScene('wide', locale), narrow: buildScene('narrow', locale) };
}
