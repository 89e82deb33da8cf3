/**
 * Capacity chart: Thái Nguyên's ≥ 20 MW as 20 one-MW cells with the ≥ 3 MW the province pledged
 * to help sell highlighted (colour and pattern), and the 20 MW against Vietnam's installed
 * capacity, shown as the sourced range of estimates, with the 2030 target and forecast.
 */
import { scaleLinear } from 'd3-scale';
import { getEvent, getFigure, getSource, yearOf, type Figure } from '../../data';
import { getValueOrEnd } from '../../data/figureValue';
import { formatDate, formatFigure, formatNumber, formatValue } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { chartStates } from '../registry';
import type { Box } from '../shared/labelLayout';
import { textBox, type SvgText } from '../shared/svgText';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';
import { formatAsOf, publisherName } from '../../i18n/sourceText';

export type CapacityState = (typeof chartStates.capacity)[number];
export const CAPACITY_STATES = chartStates.capacity;

export const CAPACITY_LAYOUTS = {
  wide: { width: 640, columns: 10, cell: 32, gap: 6, name: 15, sub: 14, labelWidth: 290 },
  narrow: { width: 300, columns: 10, cell: 24, gap: 4, name: 14, sub: 13.5, labelWidth: 0 },
} as const;
export type CapacityLayoutName = keyof typeof CAPACITY_LAYOUTS;

export interface UnitCell extends Box {
  /** 1-based MW index. */
  index: number;
  offtake: boolean;
}

export interface EstimateRow {
  id: string;
  kind: 'project' | 'estimate' | 'target' | 'forecast';
  texts: SvgText[];
  /** Bar from zero (the project) or a mark at the value. */
  bar?: Box;
  mark?: { x: number; y: number };
}

/** Groups of the chart and the states that emphasise them (see shared/emphasis.ts). */
export interface TextGroup {
  in: CapacityState[];
  texts: SvgText[];
}

export interface CapacityLayout {
  name: CapacityLayoutName;
  width: number;
  height: number;
  unitTexts: TextGroup[];
  cells: UnitCell[];
  /** The open cell after the 20 that says "at least". */
  more: Box;
  legend: { offtake: Box; rest: Box };
  nationalTexts: SvgText[];
  rows: EstimateRow[];
  /** The band spanning the estimates of installed capacity. */
  band: Box & { label: SvgText[] };
  axis: { x: number; y1: number; y2: number; label: SvgText }[];
}

export interface CapacityModel {
  frame: ChartFrameModel;
  layouts: Record<CapacityLayoutName, CapacityLayout>;
  /** Every text box, for the overlap tests. */
  textBoxes: Record<CapacityLayoutName, Box[]>;
}

/** Installed-capacity estimates, in the order drawn, with who made them. */
export const ESTIMATES: { id: string; who: string }[] = [
  { id: 'vn-capacity-vncdc-2024', who: 'vncdc' },
  { id: 'vn-capacity-vdca', who: 'vdca' },
  { id: 'vn-capacity-cbre-2025', who: 'cbre' },
  { id: 'vn-capacity-most', who: 'most' },
  { id: 'vn-capacity-sam', who: 'sam' },
];
const TARGET = { id: 'vn-capacity-target-2030-most', who: 'most' };
const FORECAST = { id: 'vn-capacity-forecast-2030-vncdc', who: 'vncdc' };

/** A range is drawn at its upper end. */
const value = (f: Figure): number => getValueOrEnd(f, 'max');

function single(id: string): number {
  return value(getFigure(id));
}

function buildLayout(name: CapacityLayoutName, locale: Locale): CapacityLayout {
  const L = CAPACITY_LAYOUTS[name];
  const W = L.width;
  const wide = name === 'wide';
  const capacity = getFigure('mou-capacity');
  const offtake = getFigure('mou-offtake-support');
  const mw = single('mou-capacity');
  const offMw = single('mou-offtake-support');

  // ── Units: one cell per MW of the minimum, the pledged-offtake cells first. ──
  let y = 0;
  const heading: SvgText[] = [];
  for (const line of wrapText(t(locale, 'charts.capacity.unitsHeading', { value: formatFigure(capacity, locale) }), W, L.name, true)) {
    y += L.name * 1.3;
    heading.push({ x: 0, y, text: line, size: L.name, cls: 'heading' });
  }
  y += 10;
  const rowsOfCells = Math.ceil(mw / L.columns);
  const cells: UnitCell[] = Array.from({ length: mw }, (_, i) => ({
    index: i + 1,
    offtake: i < offMw,
    x: (i % L.columns) * (L.cell + L.gap),
    y: y + Math.floor(i / L.columns) * (L.cell + L.gap),
    width: L.cell,
    height: L.cell,
  }));
  const last = cells[cells.length - 1]!;
  const more = { x: last.x + L.cell + L.gap, y: last.y, width: L.cell * 0.7, height: L.cell };
  y += rowsOfCells * (L.cell + L.gap) + 6;
  const keySize = 16;
  const legendText = (text: string, top: number): SvgText[] =>
    wrapText(text, W - keySize - 10, L.sub).map((line, i) => ({ x: keySize + 8, y: top + L.sub * (0.95 + i * 1.3), text: line, size: L.sub, cls: 'sub' }));
  const offtakeKey = { x: 0, y: y + 2, width: keySize, height: keySize };
  const offtakeTexts = legendText(t(locale, 'charts.capacity.offtakeKey', { value: formatFigure(offtake, locale) }), y);
  y += Math.max(keySize + 6, offtakeTexts.length * L.sub * 1.3 + 4);
  const restKey = { x: 0, y: y + 2, width: keySize, height: keySize };
  const restTexts = legendText(t(locale, 'charts.capacity.cellKey', { more: t(locale, 'charts.capacity.atLeast') }), y);
  y += Math.max(keySize + 6, restTexts.length * L.sub * 1.3 + 4) + 16;

  // ── National: the project, the estimates (as a range), the 2030 target and forecast. ──
  const nationalTexts: SvgText[] = [];
  for (const line of wrapText(t(locale, 'charts.capacity.nationalHeading'), W, L.name, true)) {
    y += L.name * 1.3;
    nationalTexts.push({ x: 0, y, text: line, size: L.name, cls: 'heading' });
  }
  y += 8;
  const maxMw = Math.max(single(TARGET.id), single(FORECAST.id));
  const valueRoom = wide ? 110 : 90;
  const x0 = wide ? L.labelWidth : 0;
  const x = scaleLinear().domain([0, maxMw]).range([x0, W - valueRoom]);
  const lineRows: { id: string; kind: EstimateRow['kind']; fig: Figure; who: string; detail: string }[] = [
    { id: 'mou-capacity', kind: 'project', fig: capacity, who: t(locale, 'charts.capacity.project'), detail: t(locale, 'charts.capacity.planned', { date: formatDate(getEvent('mou-signed').date, locale) }) },
    ...ESTIMATES.map((e) => {
      const fig = getFigure(e.id);
      return { id: e.id, kind: 'estimate' as const, fig, who: t(locale, `charts.capacity.who.${e.who}`), detail: detailOf(fig, locale) };
    }),
    { id: TARGET.id, kind: 'target', fig: getFigure(TARGET.id), who: t(locale, 'charts.capacity.target', { year: yearOf(getFigure(TARGET.id)), who: t(locale, `charts.capacity.who.${TARGET.who}`) }), detail: detailOf(getFigure(TARGET.id), locale) },
    { id: FORECAST.id, kind: 'forecast', fig: getFigure(FORECAST.id), who: t(locale, 'charts.capacity.forecast', { year: yearOf(getFigure(FORECAST.id)), who: t(locale, `charts.capacity.who.${FORECAST.who}`) }), detail: detailOf(getFigure(FORECAST.id), locale) },
  ];
  const top = y;
  const rows: EstimateRow[] = lineRows.map((r) => {
    const texts: SvgText[] = [];
    let ty = y;
    const labelWidth = wide ? L.labelWidth - 12 : W;
    // A phone has no room for the detail line (date · publisher) under each name, but an estimate
    // keeps its year on the name line: the estimates differ by date as much as by definition. The
    // year stays with the name's last word when the line breaks.
    const name = wide || r.kind !== 'estimate' ? r.who : `${r.who}\u00a0·\u00a0${asOfText(r.fig, locale).replaceAll(' ', '\u00a0')}`;
    for (const line of wrapText(name, labelWidth, L.sub, true)) {
      ty += L.sub * 1.25;
      texts.push({ x: 0, y: ty - L.sub * 0.25, text: line, size: L.sub, cls: 'name' });
    }
    if (wide)
      for (const line of wrapText(r.detail, labelWidth, L.sub - 1)) {
        ty += (L.sub - 1) * 1.25;
        texts.push({ x: 0, y: ty - L.sub * 0.25, text: line, size: L.sub - 1, cls: 'sub' });
      }
    const markY = wide ? y + L.sub * 0.75 : ty + 9;
    const v = value(r.fig);
    const valueText = formatFigure(r.fig, locale, { qualifier: 'symbol' });
    const row: EstimateRow = { id: r.id, kind: r.kind, texts };
    if (r.kind === 'project') row.bar = { x: x0, y: markY - 6, width: x(v) - x0, height: 12 };
    else row.mark = { x: x(v), y: markY };
    const vx = (r.kind === 'project' ? x(v) : x(v) + 7) + 6;
    const fits = vx + estimateTextWidth(valueText, L.sub, true) <= W;
    texts.push({ x: fits ? vx : x(v) - 12, y: markY + L.sub * 0.35, text: valueText, size: L.sub, cls: 'value', anchor: fits ? 'start' : 'end' });
    y = Math.max(ty, markY + 8) + (wide ? 8 : 6);
    return row;
  });
  const estimateRows = rows.filter((r) => r.kind === 'estimate');
  const lo = Math.min(...ESTIMATES.map((e) => single(e.id)));
  const hi = Math.max(...ESTIMATES.map((e) => single(e.id)));
  const bandTop = Math.min(...estimateRows.map((r) => r.mark!.y)) - 12;
  const bandBottom = Math.max(...estimateRows.map((r) => r.mark!.y)) + 12;
  const band = {
    x: x(lo),
    y: bandTop,
    width: x(hi) - x(lo),
    height: bandBottom - bandTop,
    label: [] as SvgText[],
  };
  const axisY = y + 4;
  const ticks = [0, hi, maxMw];
  // The unit is written once, on the last tick (the heading names it too): "0", "200", "1,000 MW".
  const axis = ticks.map((v, i) => ({
    x: x(v),
    y1: top,
    y2: axisY,
    label: {
      x: x(v),
      y: axisY + L.sub,
      text: i === ticks.length - 1 ? formatValue(v, 'MW', locale) : formatNumber(v, 'MW', locale),
      size: L.sub - 1,
      cls: 'note' as const,
      anchor: x(v) < 30 ? ('start' as const) : x(v) > W - 30 ? ('end' as const) : ('middle' as const),
    },
  }));
  // Tick labels that would touch their left neighbour are dropped (phones: 0 and 200 MW are close).
  for (let i = 1; i < axis.length; i++) {
    const prev = textBox(axis[i - 1]!.label);
    const cur = textBox(axis[i]!.label);
    if (cur.x < prev.x + prev.width + 6) {
      axis.splice(i, 1);
      i--;
    }
  }
  y = axisY + L.sub * 1.4;
  // The band's label sits under the axis, spelling out the range.
  const rangeText = t(locale, 'charts.capacity.range', { range: formatValue({ min: lo, max: hi }, 'MW', locale) });
  for (const line of wrapText(rangeText, W, L.sub - 0.5)) {
    y += L.sub * 1.3;
    band.label.push({ x: 0, y, text: line, size: L.sub - 0.5, cls: 'sub' });
  }
  const unitTexts: TextGroup[] = [
    { in: ['units', 'offtake'], texts: heading },
    { in: ['offtake'], texts: offtakeTexts },
    { in: ['units'], texts: restTexts },
  ];
  return {
    name,
    width: W,
    height: Math.ceil(y + 8),
    unitTexts,
    cells,
    more,
    legend: { offtake: offtakeKey, rest: restKey },
    nationalTexts,
    rows,
    band,
    axis,
  };
}

function detailOf(fig: Figure, locale: Locale): string {
  const src = getSource(fig.sources[0]!);
  return `${asOfText(fig, locale)} · ${publisherName(src, locale)}`;
}

function asOfText(fig: Figure, locale: Locale): string {
  return formatAsOf(fig, fig.sources.map(getSource), locale);
}

function allTextBoxes(layout: CapacityLayout): Box[] {
  return [
    ...layout.unitTexts.flatMap((g) => g.texts),
    ...layout.nationalTexts,
    ...layout.rows.flatMap((r) => r.texts),
    ...layout.axis.map((a) => a.label),
    ...layout.band.label,
  ].map(textBox);
}

/** The capacity chart for one locale. */
export function buildCapacityModel(locale: Locale): CapacityModel {
  const capacity = getFigure('mou-capacity');
  const offtake = getFigure('mou-offtake-support');
  const estimates = ESTIMATES.map((e) => getFigure(e.id));
  const lo = Math.min(...estimates.map(value));
  const hi = Math.max(...estimates.map(value));
  const range = formatValue({ min: lo, max: hi }, 'MW', locale);
  const title = t(locale, 'charts.capacity.title', { value: formatFigure(capacity, locale), range });
  const who = (id: string) => t(locale, `charts.capacity.who.${id}`);
  const description = t(locale, 'charts.capacity.description', {
    value: formatFigure(capacity, locale),
    offtake: formatFigure(offtake, locale),
    estimates: ESTIMATES.map((e, i) => `${who(e.who)} ${formatFigure(estimates[i]!, locale)} (${asOfText(estimates[i]!, locale)})`).join('; '),
    target: formatFigure(getFigure(TARGET.id), locale),
    forecast: formatFigure(getFigure(FORECAST.id), locale),
  });
  const row = (label: string, fig: Figure) => [
    label,
    formatFigure(fig, locale, { qualifier: 'symbol' }),
    `${t(locale, `figure.kind.${fig.kind}`)}, ${formatDate(fig.asOf, locale)}`,
    publisherName(getSource(fig.sources[0]!), locale),
  ];
  const rows = [
    row(t(locale, 'charts.capacity.project'), capacity),
    row(t(locale, 'charts.capacity.offtakeRow'), offtake),
    ...ESTIMATES.map((e, i) => row(who(e.who), estimates[i]!)),
    row(t(locale, 'charts.capacity.target', { year: yearOf(getFigure(TARGET.id)), who: who(TARGET.who) }), getFigure(TARGET.id)),
    row(t(locale, 'charts.capacity.forecast', { year: yearOf(getFigure(FORECAST.id)), who: who(FORECAST.who) }), getFigure(FORECAST.id)),
  ];
  const layouts = { wide: buildLayout('wide', locale), narrow: buildLayout('narrow', locale) };
  return {
    frame: {
      id: 'capacity',
      title,
      description,
      sourceIds: [capacity, offtake, ...estimates, getFigure(TARGET.id), getFigure(FORECAST.id)].flatMap((f) => f.sources),
      table: {
        caption: t(locale, 'charts.capacity.tableCaption'),
        columns: ['col.what', 'col.value', 'col.kind', 'col.source'].map((k) => t(locale, `charts.capacity.${k}`)),
        rows,
      },
    },
    layouts,
    textBoxes: { wide: allTextBoxes(layouts.wide), narrow: allTextBoxes(layouts.narrow) },
  };
}
