/**
 * Comparison chart: the known northern data centres (capacity where disclosed, an explicit hatched
 * "not disclosed" mark where not) beside Thái Nguyên's planned ≥ 20 MW, and the North/South split
 * of Vietnam's data centres with the remainder labelled as computed. Pure: data + locale → geometry.
 */
import { scaleLinear } from 'd3-scale';
import { data, getFigure, type Figure } from '../../data';
import { getValueOrEnd } from '../../data/figureValue';
import { formatDate, formatFigure, formatValue } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { label, t } from '../../i18n/t';
import { chartStates } from '../registry';
import { boxesOverlap, type Box } from '../shared/labelLayout';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import { textBox, type SvgText } from '../shared/svgText';
import type { ChartFrameModel } from '../shared/types';

export type { SvgText } from '../shared/svgText';

export type ComparisonState = (typeof chartStates.comparison)[number];
export const COMPARISON_STATES = chartStates.comparison;

export const COMPARISON_LAYOUTS = {
  wide: { width: 640, name: 15, sub: 14, labelWidth: 300 },
  narrow: { width: 300, name: 14, sub: 13.5, labelWidth: 0 },
} as const;
export type ComparisonLayoutName = keyof typeof COMPARISON_LAYOUTS;

export interface FacilityRow {
  id: string;
  /** States in which the row is emphasised. */
  emphasis: ComparisonState[];
  kind: 'disclosed' | 'not-disclosed' | 'planned';
  texts: SvgText[];
  /** The bar (disclosed or planned) or the hatched "not disclosed" mark. */
  bar: Box;
  /** Open end for "at least": an arrow continuing past the bar. */
  arrow?: { x1: number; x2: number; y: number };
  textBoxes: Box[];
}

export interface SplitSegment {
  id: string;
  kind: 'north' | 'rest' | 'south';
  box: Box;
  texts: SvgText[];
  textBoxes: Box[];
}

export interface ComparisonLayout {
  name: ComparisonLayoutName;
  width: number;
  height: number;
  headings: (SvgText & { in: ComparisonState[] })[];
  axis: { x: number; y1: number; y2: number; label: SvgText }[];
  rows: FacilityRow[];
  split: SplitSegment[];
}

export interface ComparisonModel {
  frame: ChartFrameModel;
  layouts: Record<ComparisonLayoutName, ComparisonLayout>;
}

const TN_PROJECT = 'thai-nguyen-data-centre';

/** A range is drawn at its upper end. */
const value = (f: Figure): number => getValueOrEnd(f, 'max');

interface RowData {
  id: string;
  name: string;
  where: string;
  status: string;
  figure: Figure | null;
  planned: boolean;
  emphasis: ComparisonState[];
  /** Second line under the name; defaults to "where · status". */
  sub?: string;
}

function rowData(locale: Locale): RowData[] {
  const rows: RowData[] = data.facilities.map((f) => ({
    id: f.id,
    name: label(locale, 'facilities', f.id),
    where: label(locale, 'places', f.place ?? 'ha-noi'),
    status: t(locale, `charts.comparison.status.${f.status}`),
    figure: f.capacity ? getFigure(f.capacity) : null,
    planned: false,
    // The one disclosed Hà Nội capacity stays in view when Thái Nguyên's is compared with it.
    emphasis: f.capacity ? ['facilities', 'thai-nguyen'] : ['facilities'],
  }));
  const tn = data.projects.find((p) => p.id === TN_PROJECT)!;
  rows.push({
    id: TN_PROJECT,
    name: label(locale, 'places', 'thai-nguyen'),
    where: label(locale, 'places', 'thai-nguyen'),
    status: t(locale, 'charts.comparison.status.planned'),
    sub: `${t(locale, 'charts.comparison.status.planned')} · ${t(locale, 'charts.comparison.mou', { date: formatDate(getFigure(tn.capacity).asOf, locale) })}`,
    figure: getFigure(tn.capacity),
    planned: true,
    emphasis: ['thai-nguyen'],
  });
  return rows;
}

function buildLayout(name: ComparisonLayoutName, locale: Locale, rows: RowData[]): ComparisonLayout {
  const L = COMPARISON_LAYOUTS[name];
  const W = L.width;
  const wide = name === 'wide';
  const headings: ComparisonLayout['headings'] = [];
  let y = 4;
  const heading = (text: string, states: ComparisonState[]) => {
    for (const line of wrapText(text, W - 8, L.name, true)) {
      y += L.name * 1.3;
      headings.push({ x: 0, y, text: line, size: L.name, cls: 'heading', in: states });
    }
    y += 10;
  };
  // Brought forward with the whole list only: for `thai-nguyen` the phone pan starts at the first
  // part the state names, and the heading would hold it at the top, the Thái Nguyên row below the window.
  heading(t(locale, 'charts.comparison.facilitiesHeading'), ['facilities']);

  const maxMw = Math.max(...rows.map((r) => (r.figure ? value(r.figure) : 0)));
  const barX0 = wide ? L.labelWidth : 0;
  const valueRoom = wide ? 150 : 175;
  const x = scaleLinear()
    .domain([0, maxMw])
    .range([barX0, W - valueRoom]);
  const barH = wide ? 18 : 14;
  const top = y;
  let rowTop = top;
  const out: FacilityRow[] = rows.map((r) => {
    const texts: SvgText[] = [];
    const nameWidth = wide ? L.labelWidth - 14 : W;
    let ty = rowTop;
    for (const line of wrapText(r.name, nameWidth, L.name, true)) {
      ty += L.name * 1.25;
      texts.push({ x: 0, y: ty - L.name * 0.25, text: line, size: L.name, cls: 'name' });
    }
    const subText = r.sub ?? `${r.where} · ${r.status}`;
    const subSize = wide ? L.sub : L.sub - 1;
    const barY = wide ? rowTop + 5 : ty + 4;
    if (wide)
      for (const line of wrapText(subText, nameWidth, subSize)) {
        ty += subSize * 1.3;
        texts.push({ x: 0, y: ty - subSize * 0.3, text: line, size: subSize, cls: 'sub' });
      }
    let bar: Box;
    let arrow: FacilityRow['arrow'];
    let valueText: string;
    let kind: FacilityRow['kind'];
    if (!r.figure) {
      kind = 'not-disclosed';
      bar = { x: barX0, y: barY, width: 28, height: barH };
      valueText = t(locale, 'chart.notDisclosed');
    } else {
      kind = r.planned ? 'planned' : 'disclosed';
      bar = { x: barX0, y: barY, width: x(value(r.figure)) - barX0, height: barH };
      valueText = formatFigure(r.figure, locale, { qualifier: 'symbol' });
      if (r.planned) {
        arrow = { x1: bar.x + bar.width, x2: bar.x + bar.width + 26, y: barY + barH / 2 };
        valueText = t(locale, 'charts.comparison.plannedValue', { value: valueText });
      }
    }
    const valueX = (arrow ? arrow.x2 : bar.x + bar.width) + 8;
    texts.push({ x: valueX, y: barY + barH / 2 + L.sub * 0.35, text: valueText, size: L.sub, cls: 'value' });
    if (!wide) {
      // Phones: the status follows the value on the bar's line (the place is in the table).
      const last = texts[texts.length - 1]!;
      ty = barY + barH;
      if (!r.planned) {
        // Estimated widths run a little short for some words (Vietnamese with stacked marks): a
        // tenth more keeps the value and the status apart where they only just fit.
        const sx = valueX + estimateTextWidth(valueText, L.sub, true) * 1.1 + 6;
        const status = `· ${r.status}`;
        if (sx + estimateTextWidth(status, subSize) * 1.1 <= W) texts.push({ x: sx, y: last.y, text: status, size: subSize, cls: 'sub' });
        else {
          // No room beside the value: the status goes under the bar, clear of the value's line
          // (Vietnamese marks stacked over a capital reach higher than the font size).
          ty += subSize * 1.3 + 4;
          texts.push({ x: 0, y: ty - subSize * 0.3, text: r.status, size: subSize, cls: 'sub' });
        }
      }
    }
    rowTop = Math.max(ty, barY + barH) + (wide ? 12 : 10);
    return {
      id: r.id,
      emphasis: r.emphasis,
      kind,
      texts,
      bar,
      ...(arrow ? { arrow } : {}),
      textBoxes: texts.map((s) => textBox(s)),
    };
  });
  y = rowTop + 16;
  const axis = [0, maxMw].map((mw) => ({
    x: x(mw),
    y1: top - 2,
    y2: y - 14,
    label: {
      x: x(mw),
      y: y,
      text: formatValue(mw, 'MW', locale),
      size: L.sub - 1,
      cls: 'note' as const,
      // The zero label starts at the axis when the axis is at the edge, so it is not clipped.
      anchor: x(mw) < 30 ? ('start' as const) : ('middle' as const),
    },
  }));
  y += 18;

  // The split: North | computed remainder | South, as one 100 % bar.
  const count = getFigure('vn-dc-count-2024');
  heading(t(locale, 'charts.comparison.splitHeading', { n: formatFigure(count, locale, { qualifier: 'none' }), date: formatDate(count.asOf, locale) }), ['split']);
  const north = getFigure('vn-dc-share-north-2024');
  const south = getFigure('vn-dc-share-south-2024');
  const rest = getFigure('vn-dc-share-rest-2024');
  const sx = scaleLinear().domain([0, 100]).range([0, W]);
  const splitH = wide ? 30 : 24;
  let acc = 0;
  const split: SplitSegment[] = (
    [
      ['north', north, t(locale, 'charts.comparison.north')],
      ['rest', rest, t(locale, 'charts.comparison.rest')],
      ['south', south, t(locale, 'charts.comparison.south')],
    ] as const
  ).map(([kind, fig, word]) => {
    const v = value(fig);
    const box = { x: sx(acc), y, width: sx(acc + v) - sx(acc), height: splitH };
    acc += v;
    const pct = formatFigure(fig, locale, { qualifier: 'none' });
    const texts: SvgText[] = [];
    let ty = y + splitH + L.sub * 1.2;
    const anchor = kind === 'south' ? 'end' : 'start';
    const tx = kind === 'south' ? box.x + box.width : box.x;
    const mark = kind === 'rest' ? '*' : '';
    texts.push({ x: tx, y: ty, text: `${word} ${pct}${mark}`, size: L.sub, cls: 'name', anchor });
    return { id: fig.id, kind, box, texts, textBoxes: texts.map((s) => textBox(s)) };
  });
  // If the remainder's label would touch a neighbour's, it drops one line.
  const restSeg = split.find((seg) => seg.kind === 'rest')!;
  const others = split.filter((seg) => seg !== restSeg).flatMap((seg) => seg.textBoxes);
  const dropped = restSeg.textBoxes.some((b) => others.some((o) => boxesOverlap(b, o, 6)));
  if (dropped) {
    restSeg.texts.forEach((tx) => (tx.y += L.sub * 1.3));
    restSeg.textBoxes = restSeg.texts.map((tx) => textBox(tx));
  }
  // The remainder is not a reported number: say so under the bar, tied to it by the asterisk.
  let noteY = y + splitH + L.sub * (dropped ? 3.9 : 2.6);
  const noteTexts: SvgText[] = wrapText(`* ${t(locale, 'charts.comparison.restNote')}`, W, L.sub - 0.5).map((line) => {
    const s = { x: 0, y: noteY, text: line, size: L.sub - 0.5, cls: 'sub' as const };
    noteY += L.sub * 1.25;
    return s;
  });
  const rest0 = split.find((s) => s.kind === 'rest')!;
  rest0.texts.push(...noteTexts);
  rest0.textBoxes.push(...noteTexts.map((s) => textBox(s)));
  const bottom = Math.max(...split.flatMap((s) => s.textBoxes.map((b) => b.y + b.height)));
  return { name, width: W, height: Math.ceil(bottom + 6), headings, axis, rows: out, split };
}

/** The comparison chart for one locale. */
export function buildComparisonModel(locale: Locale): ComparisonModel {
  const rows = rowData(locale);
  const undisclosed = rows.filter((r) => !r.figure).length;
  const tn = rows.find((r) => r.planned)!;
  const tnValue = formatFigure(tn.figure!, locale);
  const title = t(locale, 'charts.comparison.title', { n: undisclosed, total: rows.length - 1, tn: tnValue });
  const shares = ['vn-dc-share-north-2024', 'vn-dc-share-south-2024', 'vn-dc-share-rest-2024'].map(getFigure);
  const rowText = rows
    .map((r) => `${r.name} (${r.where}, ${r.status}): ${r.figure ? formatFigure(r.figure, locale) : t(locale, 'chart.notDisclosed')}`)
    .join('; ');
  const description = t(locale, 'charts.comparison.description', {
    rows: rowText,
    north: formatFigure(shares[0]!, locale),
    south: formatFigure(shares[1]!, locale),
    rest: formatFigure(shares[2]!, locale),
    date: formatDate(shares[0]!.asOf, locale),
  });
  const tableRows: string[][] = [
    ...rows.map((r) => [r.name, r.where, r.status, r.figure ? formatFigure(r.figure, locale, { qualifier: 'symbol' }) : t(locale, 'chart.notDisclosed')]),
    [t(locale, 'charts.comparison.north'), '—', t(locale, 'charts.comparison.shareRow'), formatFigure(shares[0]!, locale)],
    [t(locale, 'charts.comparison.south'), '—', t(locale, 'charts.comparison.shareRow'), formatFigure(shares[1]!, locale)],
    [t(locale, 'charts.comparison.rest'), '—', t(locale, 'charts.comparison.restNote'), formatFigure(shares[2]!, locale)],
  ];
  const sourceIds = [
    ...data.facilities.flatMap((f) => [...f.sources, ...(f.capacity ? getFigure(f.capacity).sources : [])]),
    ...tn.figure!.sources,
    ...shares.flatMap((f) => f.sources),
    ...getFigure('vn-dc-count-2024').sources,
  ];
  return {
    frame: {
      id: 'comparison',
      title,
      description,
      sourceIds,
      table: {
        caption: t(locale, 'charts.comparison.tableCaption'),
        columns: [t(locale, 'charts.comparison.col.name'), t(locale, 'charts.comparison.col.where'), t(locale, 'charts.comparison.col.status'), t(locale, 'charts.comparison.col.value')],
        rows: tableRows,
      },
    },
    layouts: { wide: buildLayout('wide', locale, rows), narrow: buildLayout('narrow', locale, rows) },
  };
}
