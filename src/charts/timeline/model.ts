/**
 * Timeline chart (pure): the dated events of src/data/events.ts, one row each in date order,
 * with a lane per kind (project, province, law, facility) marked by a distinct symbol (shape and
 * colour). Vertical in both layouts so every label stays readable, wrapped where needed.
 */
import { data } from '../../data';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { label, t } from '../../i18n/t';
import { buildLegend, translatePath, type PathPrim, type Prim, type Scene } from '../shared/scene';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';

/** Named states from src/charts/registry.ts. */
export const timelineStates = ['laws', 'decree-53', 'telecom-law', 'resolution-57', 'dti-law', 'dti-law-in-force', 'data-centres', 'latest', 'all'] as const;

/**
 * States for a step about some of the laws: they light the events named here (the rows the step's
 * text is about) and, where the graphic is a window onto the drawing (a phone, the tallest charts on
 * a laptop), it slides to them rather than to the first law: on a phone to the row of the first one
 * named (for the Telecommunications Law, its entry into force: from there a phone's window reaches
 * the data-centre provisions of 1 January 2025 the step leads with), on a laptop, whose window holds
 * them all, to the earliest.
 */
export const timelineFocus = {
  'decree-53': ['decree-53'],
  'telecom-law': ['telecom-law-in-force', 'telecom-law-passed', 'decree-163', 'telecom-law-dc-provisions'],
  'resolution-57': ['resolution-57', 'decision-2161'],
  'dti-law': ['dti-law-passed', 'dti-law-in-force'],
  'dti-law-in-force': ['dti-law-in-force'],
} as const satisfies Partial<Record<(typeof timelineStates)[number], readonly string[]>>;

/** Lanes, left to right. */
export const timelineLanes = ['project', 'province', 'law', 'facility'] as const;
export type Lane = (typeof timelineLanes)[number];

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).join(' L')} Z`;
}
function regular(n: number, r: number, rotate = -Math.PI / 2, inner?: number): string {
  const pts: [number, number][] = [];
  const count = inner ? n * 2 : n;
  for (let i = 0; i < count; i++) {
    const a = rotate + (i * 2 * Math.PI) / count;
    const rr = inner && i % 2 === 1 ? inner : r;
    pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
  }
  return polygon(pts);
}

/** Each lane's symbol (a path centred on 0,0) and colour: shape alone tells the lanes apart. */
export const laneSymbols: Record<Lane, Pick<PathPrim, 'd' | 'tone' | 'stroke'>> = {
  project: { d: regular(5, 7.5, -Math.PI / 2, 3.2), tone: 'tn' },
  province: { d: regular(16, 5.2), tone: 'paper', stroke: 'tn' },
  law: { d: polygon([[-5, -5], [5, -5], [5, 5], [-5, 5]]), tone: 'accent' },
  facility: { d: polygon([[0, -6.5], [6.2, 5], [-6.2, 5]]), tone: 'hn' },
};

export const timelineSizes = {
  wide: { width: 540, font: 14, small: 13, lane: 18 },
  narrow: { width: 300, font: 13, small: 13, lane: 15 },
} as const;
type Layout = keyof typeof timelineSizes;

export interface TimelineRow {
  id: string;
  date: string;
  lane: Lane;
  dateText: string;
  labelText: string;
}

export interface TimelineModel {
  frame: ChartFrameModel;
  wide: Scene;
  narrow: Scene;
  rows: TimelineRow[];
}

/** Events in date order (ISO strings of any precision sort correctly as text). */
export function getTimelineRows(locale: Locale): TimelineRow[] {
  return data.events
    .filter((e): e is typeof e & { kind: Lane } => (timelineLanes as readonly string[]).includes(e.kind))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({ id: e.id, date: e.date, lane: e.kind, dateText: formatDate(e.date, locale), labelText: label(locale, 'events', e.id) }));
}

const focusStates = Object.keys(timelineFocus) as (keyof typeof timelineFocus)[];
const lawStates = ['laws', ...focusStates];
/**
 * States that light every lane. `latest` differs from `all` only where the graphic is a window onto
 * the drawing: it starts at the memorandum's row, for steps about what comes after it, where `all`
 * starts at the top, in 2013.
 */
const everyLane = ['all', 'latest'];
/**
 * The states a lane's legend entry and guide line show in. `data-centres` lights the data centres
 * opened or begun across the country, and the memorandum among them.
 */
const statesFor = (lane: Lane): string[] =>
  lane === 'law' ? [...lawStates, ...everyLane] : lane === 'province' ? everyLane : [...everyLane, 'data-centres'];
/** The states a row shows in: a law's row lights only in the focus states that name it. */
const rowStates = (row: TimelineRow): string[] =>
  row.lane === 'law'
    ? ['laws', ...focusStates.filter((state) => (timelineFocus[state] as readonly string[]).includes(row.id)), ...everyLane]
    : statesFor(row.lane);

function buildScene(layout: Layout, locale: Locale, rows: TimelineRow[]): Scene {
  const { width, font, small, lane } = timelineSizes[layout];
  const narrow = layout === 'narrow';
  const prims: Prim[] = [];
  const laneName = (l: Lane) => t(locale, `charts2.timeline.lanes.${l}`);

  // Legend: symbol + lane name.
  const legend = buildLegend(
    timelineLanes.map((l) => ({ label: laneName(l), symbol: laneSymbols[l], in: statesFor(l) })),
    small,
    width,
    small,
  );
  prims.push(...legend.prims);
  // The first row's label is larger than the legend's text: leave it a clear line's room, not a
  // small one, so the legend does not sit on the first date.
  let y = legend.bottom + small * 0.4 + font * 1.3;

  const dateWidth = narrow ? 0 : Math.max(...rows.map((r) => estimateTextWidth(r.dateText, small))) + 10;
  const lanesX = dateWidth;
  const labelX = lanesX + lane * timelineLanes.length + 8;
  const labelWidth = width - labelX;
  const lineH = font * 1.25;
  const top = y;
  let previousYear = '';
  let lastBottom = 0;
  const lawSpan = { top: Infinity, bottom: 0 };
  const facilitySpan = { top: Infinity, bottom: 0 };
  const mouYear = rows.find((r) => r.id === 'mou-signed')?.date.slice(0, 4) ?? '';
  const rowTops = new Map<string, number>();
  for (const row of rows) {
    const states = rowStates(row);
    const year = row.date.slice(0, 4);
    // A thin rule in a small gap where the year changes, so the eye can count years down the list.
    if (previousYear && year !== previousYear) {
      y += 6;
      const rowTop = y - (narrow ? small : font) * 0.95;
      const mid = (lastBottom + rowTop) / 2;
      prims.push({ kind: 'line', x1: 0, y1: mid, x2: width, y2: mid, tone: 'grid' });
    }
    previousYear = year;
    const lines = wrapText(row.labelText, labelWidth, font, row.lane === 'project');
    rowTops.set(row.id, y - (narrow ? small : font) - 6);
    let textY = y;
    if (narrow) {
      prims.push({ kind: 'text', x: labelX, y: textY, text: row.dateText, size: small, tone: 'muted', in: states });
      textY += small * 1.25;
    } else {
      prims.push({ kind: 'text', x: 0, y: textY, text: row.dateText, size: small, tone: 'muted', in: states });
    }
    lines.forEach((line, i) =>
      prims.push({ kind: 'text', x: labelX, y: textY + i * lineH, text: line, size: font, bold: row.lane === 'project', in: states }),
    );
    const laneIndex = timelineLanes.indexOf(row.lane);
    const sym = laneSymbols[row.lane];
    prims.push({
      kind: 'path',
      ...sym,
      d: translatePath(sym.d, lanesX + lane * laneIndex + lane / 2, y - font * 0.35),
      in: states,
    });
    lastBottom = textY + (lines.length - 1) * lineH + font * 0.3;
    // The data centres' band starts with those of the memorandum's year, the wave it joined.
    const span = row.lane === 'law' ? lawSpan : row.lane === 'facility' && year >= mouYear ? facilitySpan : undefined;
    if (span) {
      span.top = Math.min(span.top, rowTops.get(row.id)!);
      span.bottom = Math.max(span.bottom, lastBottom + 4);
    }
    y = textY + (lines.length - 1) * lineH + lineH + (narrow ? 6 : 3);
  }
  // Lane guides behind the symbols.
  timelineLanes.forEach((l, i) => {
    const x = lanesX + lane * i + lane / 2;
    prims.unshift({ kind: 'line', x1: x, y1: top - font, x2: x, y2: y - lineH * 0.6, tone: 'grid', in: statesFor(l) });
  });
  const height = Math.ceil(y - lineH * 0.5);
  // Where the graphic is shorter than the drawing (on a phone, and on a laptop too: this is the
  // tallest chart), it pans to the span of law events for `laws`, to the row of the first event a
  // focus state names, to the data centres of the memorandum's year for `data-centres` and to the
  // memorandum itself for `latest`.
  const band = (from: number, to = lawSpan.bottom) => `0 ${Math.floor(from)} ${width} ${Math.ceil(Math.max(to, from + 1) - from)}`;
  const rowTop = (state: string, eventId: string) => {
    const top = rowTops.get(eventId);
    if (top === undefined)
      throw new Error(`src/charts/timeline/model.ts: state "${state}" names event "${eventId}", which is not a row of the timeline (not in src/data/events.ts, or of a kind it does not draw)`);
    return top;
  };
  const focusViews = Object.entries(timelineFocus).map(([state, eventIds]) => {
    // Every name is looked up (a wrong one fails the build). A phone's window, a few rows tall,
    // starts at the first named; a laptop's holds them all, and starts at the earliest, so the
    // Telecommunications Law's passing is not left above it.
    const tops = eventIds.map((id) => rowTop(state, id));
    return [state, band(narrow ? tops[0]! : Math.min(...tops))] as const;
  });
  const views = {
    laws: band(lawSpan.top),
    ...Object.fromEntries(focusViews),
    'data-centres': band(facilitySpan.top, facilitySpan.bottom),
    latest: band(rowTop('latest', 'mou-signed'), lastBottom + 4),
  };
  // The key's band: its symbols reach a little above the first row's baseline, its text a little below the last.
  const key = `0 ${Math.ceil(legend.bottom + small * 0.35)}`;
  return { width, height, prims, views, key };
}

/** Builds the timeline chart for a locale. */
export function buildTimelineModel(locale: Locale): TimelineModel {
  const rows = getTimelineRows(locale);
  const sourceIds = [...new Set(data.events.flatMap((e) => e.sources))];
  const laneName = (l: Lane) => t(locale, `charts2.timeline.lanes.${l}`);
  const frame: ChartFrameModel = {
    id: 'timeline',
    title: t(locale, 'charts2.timeline.title'),
    description: t(locale, 'charts2.timeline.description', {
      list: rows.map((r) => `${r.dateText}: ${r.labelText} (${laneName(r.lane)})`).join('; '),
    }),
    sourceIds,
    table: {
      caption: t(locale, 'charts2.timeline.caption'),
      columns: [t(locale, 'charts2.table.date'), t(locale, 'charts2.table.event'), t(locale, 'charts2.table.lane')],
      rows: rows.map((r) => [r.dateText, r.labelText, laneName(r.lane)]),
    },
  };
  return { frame, rows, wide: buildScene('wide', locale, rows), narrow: buildScene('narrow', locale, rows) };
}
