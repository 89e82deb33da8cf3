/**
 * Map of Thái Nguyên and its neighbours: one Mercator projection fitted to Vietnam, and per named
 * state the window (viewBox) on it plus the points, distance lines and labels laid out for that
 * window in screen units. Pure apart from reading the packaged Natural Earth outlines.
 */
import { geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { data, getFigure, getSource } from '../../data';
import { distanceId } from '../../data/derived';
import type { Place } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { label, t } from '../../i18n/t';
import { leaderOf, placeLabels, segmentHitsBox, type Box, type LabelRequest, type Segment } from '../shared/labelLayout';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';
import { chartStates } from '../registry';
import { getCountries, NEIGHBOUR_IDS, toCompactPath, VIETNAM_ID } from './geo';

export type MapState = (typeof chartStates.map)[number];
export const MAP_STATES = chartStates.map;
/** The state written at build time (no JS, print, reduced motion): every place and distance labelled. */
export const MAP_DEFAULT_STATE: MapState = 'corridor';

const ORIGIN = 'thai-nguyen';

/** Layout sizes in SVG user units; fonts are chosen so text renders ≥ 12 px where each layout is used. */
export const MAP_LAYOUTS = {
  wide: { width: 640, mapHeight: 420, name: 15, sub: 14, legend: 14 },
  narrow: { width: 300, mapHeight: 270, name: 14, sub: 13, legend: 13 },
} as const;
export type MapLayoutName = keyof typeof MAP_LAYOUTS;

export interface TextLine {
  text: string;
  /** CSS class: the place name, a distance, a country name… */
  cls: 'name' | 'sub' | 'country' | 'legend';
  size: number;
}

export interface MapLabel {
  id: string;
  /** Top-left of the text block and its estimated box. */
  box: Box;
  lines: (TextLine & { x: number; y: number })[];
  /** Text anchor: labels left of their point are right-aligned so they hug it. */
  align: 'start' | 'end';
  /** Leader line from the point to the label when it had to move away. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  kind: Place['kind'];
  role: 'origin' | 'capital' | 'other';
  /** The coordinate is approximate (drawn with a dashed halo). */
  approximate: boolean;
  /** Number of data centres sharing the point (drawn as a data-centre mark). */
  dataCentres: number;
}

export interface MapStateView {
  state: MapState;
  /** Window on the projected outline: x, y, width, height. */
  viewBox: [number, number, number, number];
  points: MapPoint[];
  lines: (Segment & { id: string; capital: boolean })[];
  labels: MapLabel[];
  /** In-map key for the dashed lines, kept clear of labels. */
  key: { box: Box; text: string; size: number };
}

export interface MapLayout {
  name: MapLayoutName;
  width: number;
  height: number;
  mapHeight: number;
  /** Outline paths per state, in projected units (shown through the state's viewBox). */
  outlines: { state: MapState; vietnam: string; neighbours: string }[];
  views: MapStateView[];
  legend: { key: 'line' | 'dc' | 'unmapped' | 'credit'; lines: (TextLine & { x: number; y: number })[] }[];
}

export interface MapModel {
  frame: ChartFrameModel;
  layouts: Record<MapLayoutName, MapLayout>;
}

type LonLat = [number, number];

// Geographic windows of the zoom states (view framing only, not data).
const NORTH_WINDOW: [LonLat, LonLat] = [
  [102.1, 23.45],
  [108.1, 20.15],
];
// Label anchors for country names (view framing only).
const COUNTRY_ANCHORS: Record<string, { id: string; at: LonLat; states: MapState[] }> = {
  '418': { id: 'laos', at: [103.0, 19.0], states: ['north'] },
};

function placeName(locale: Locale, id: string): string {
  return label(locale, 'places', id);
}

function kmText(locale: Locale, placeId: string): string {
  return formatFigure(getFigure(distanceId(ORIGIN, placeId)), locale, { qualifier: 'symbol' });
}

function distanceText(locale: Locale, placeId: string): string {
  return t(locale, 'charts.map.distance', { km: kmText(locale, placeId), line: t(locale, 'chart.straightLine') });
}

function roadText(locale: Locale): string {
  const km = formatFigure(getFigure('thai-nguyen-ha-noi-road-distance'), locale, { qualifier: 'symbol' });
  return t(locale, 'charts.map.road', { km });
}

/** Expands a projected box to the frame's aspect ratio, with a margin, keeping its centre. */
function fitWindow(x0: number, y0: number, x1: number, y1: number, aspect: number, margin: number): [number, number, number, number] {
  let w = (x1 - x0) * (1 + margin * 2);
  let h = (y1 - y0) * (1 + margin * 2);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [cx - w / 2, cy - h / 2, w, h];
}

function hoaLacFacilities() {
  return data.facilities.filter((f) => f.place);
}

function unmappedFacilities() {
  return data.facilities.filter((f) => !f.place);
}

function buildLayout(name: MapLayoutName, locale: Locale): MapLayout {
  const L = MAP_LAYOUTS[name];
  const W = L.width;
  const H = L.mapHeight;
  const countries = getCountries('50m');
  const fine = getCountries('10m');
  const vietnam = countries.get(VIETNAM_ID)!;
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [W - 10, H - 10],
    ],
    vietnam,
  );
  const project = (lonlat: LonLat): [number, number] => projection(lonlat)!;
  const places = data.places;
  const projected = new Map(places.map((p) => [p.id, project([p.lon, p.lat])]));

  // Windows on the fitted frame, from their geographic boxes.
  const aspect = W / H;
  const [nx0, ny0] = project(NORTH_WINDOW[0]);
  const [nx1, ny1] = project(NORTH_WINDOW[1]);
  const xs = [...projected.values()].map((p) => p[0]);
  const ys = [...projected.values()].map((p) => p[1]);
  const windows: Record<MapState, [number, number, number, number]> = {
    north: fitWindow(nx0, ny0, nx1, ny1, aspect, 0),
    corridor: fitWindow(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), aspect, name === 'wide' ? 0.2 : 0.18),
  };

  const outlines = MAP_STATES.map((state) => {
    const [vx, vy, vw, vh] = windows[state];
    const zoom = vw / W;
    const source: Map<string, Feature<Polygon | MultiPolygon>> = fine;
    const clipped = geoMercator()
      .scale(projection.scale())
      .translate(projection.translate())
      .clipExtent([
        [vx - vw * 0.05, vy - vh * 0.05],
        [vx + vw * 1.05, vy + vh * 1.05],
      ]);
    const tolerance = 1.4 * zoom;
    const neighbours: FeatureCollection = {
      type: 'FeatureCollection',
      features: NEIGHBOUR_IDS.map((id) => source.get(id)!).filter(Boolean),
    };
    return {
      state,
      vietnam: toCompactPath(source.get(VIETNAM_ID)!, clipped, tolerance),
      neighbours: toCompactPath(neighbours, clipped, tolerance),
    };
  });

  const hoaLac = hoaLacFacilities();
  const views = MAP_STATES.map((state) => buildView(state, windows[state], projected, W, H, L, locale, hoaLac.length, project));
  const legend = buildLegend(L, W, H, locale, hoaLac.length);
  const last = legend[legend.length - 1]!.lines;
  const height = Math.ceil(last[last.length - 1]!.y + L.legend * 0.45);
  return { name, width: W, height, mapHeight: H, outlines, views, legend };
}

function* permutations<T>(items: T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i]!, ...rest];
  }
}

/** Radius of the space a point's mark takes (halo included). */
export function markRadius(p: Pick<MapPoint, 'approximate' | 'role'>): number {
  return p.approximate ? 11 : p.role === 'origin' ? 8 : 6;
}

function buildView(
  state: MapState,
  viewBox: [number, number, number, number],
  projected: Map<string, [number, number]>,
  W: number,
  H: number,
  L: (typeof MAP_LAYOUTS)[MapLayoutName],
  locale: Locale,
  hoaLacCount: number,
  project: (p: LonLat) => [number, number],
): MapStateView {
  const [vx, vy, vw, vh] = viewBox;
  const toScreen = ([px, py]: [number, number]) => ({ x: ((px - vx) * W) / vw, y: ((py - vy) * H) / vh });
  const inView = (p: { x: number; y: number }) => p.x >= 0 && p.x <= W && p.y >= 0 && p.y <= H;
  const points: MapPoint[] = data.places
    .map((p) => {
      const s = toScreen(projected.get(p.id)!);
      return {
        id: p.id,
        ...s,
        kind: p.kind,
        role: p.id === ORIGIN ? ('origin' as const) : p.id === 'ha-noi' ? ('capital' as const) : ('other' as const),
        approximate: p.qualifier === 'about',
        dataCentres: p.id === 'hoa-lac-hi-tech-park' ? hoaLacCount : 0,
      };
    })
    .filter(inView);
  const origin = points.find((p) => p.role === 'origin')!;
  const lines = points
    .filter((p) => p.role !== 'origin')
    .map((p) => ({ id: p.id, x1: origin.x, y1: origin.y, x2: p.x, y2: p.y, capital: p.role === 'capital' }));

  // Labels: place names (with distances when zoomed in), then country names where room is left.
  const lineHeight = (size: number) => size * 1.25;
  const requestsFor = (wrapShare: number) => {
    const requests: (LabelRequest & { lines: TextLine[] })[] = [];
    const order = ['thai-nguyen', 'ha-noi', 'noi-bai-airport', 'bac-ninh', 'hoa-lac-hi-tech-park', 'hai-phong'];
    for (const id of order) {
      const p = points.find((q) => q.id === id);
      if (!p) continue;
      // Long names wrap on phones ("Nội Bài International Airport").
      const nameLines = L.width < 400 ? wrapText(placeName(locale, id), L.width * wrapShare, L.name, true) : [placeName(locale, id)];
      const lines: TextLine[] = nameLines.map((text) => ({ text, cls: 'name' as const, size: L.name }));
      // Phones show the bare distance (the legend says it is straight-line); wider layouts say so on the label.
      const dist = id === ORIGIN ? '' : L.width < 400 ? kmText(locale, id) : distanceText(locale, id);
      if (state === 'corridor' && id !== ORIGIN) lines.push({ text: dist, cls: 'sub', size: L.sub });
      if (state === 'north' && id === 'ha-noi') lines.push({ text: dist, cls: 'sub', size: L.sub });
      if (state === 'corridor' && id === 'ha-noi' && L.width >= 400) lines.push({ text: roadText(locale), cls: 'sub', size: L.sub });
      const width = Math.max(...lines.map((l) => estimateTextWidth(l.text, l.size, l.cls === 'name')));
      const height = lines.reduce((h, l) => h + lineHeight(l.size), 0);
      requests.push({ id, anchor: p, width, height, gap: markRadius(p) + 5, lines });
    }
    return requests;
  };
  const obstacles: Box[] = points.map((p) => {
    const r = markRadius(p);
    return { x: p.x - r, y: p.y - r, width: r * 2, height: r * 2 };
  });
  const bounds: Box = { x: 2, y: 2, width: W - 4, height: H - 4 };
  const keyText = t(locale, 'chart.straightLine');
  // The line sample and its gap (34), the words, and as much room after them as before the line (6).
  const key: MapStateView['key'] = {
    box: { x: 6, y: 6, width: 34 + estimateTextWidth(keyText, L.sub) + 6, height: L.sub * 1.5 },
    text: keyText,
    size: L.sub,
  };
  obstacles.push(key.box);
  // Most important first; if that leaves a place unlabelled, try the other orders and keep the
  // first that labels the most places (six places: at most 120 orders, each cheap).
  const place = (requests: LabelRequest[]) => {
    let placed = placeLabels(requests, obstacles, bounds, 3, lines);
    if (placed.length < requests.length) {
      for (const order of permutations(requests.slice(1))) {
        const attempt = placeLabels([requests[0]!, ...order], obstacles, bounds, 3, lines);
        if (attempt.length > placed.length) placed = attempt;
        if (placed.length === requests.length) break;
      }
    }
    return placed;
  };
  // On a phone the lines fan out over much of the map, and a label wrapped wide may find no room
  // clear of them: names wrap at half the map's width, or narrower where that leaves every label
  // clear (each try: the places left unlabelled, then the lines crossing a label, fewest first).
  const crossings = (boxes: { id: string; x: number; y: number; width: number; height: number }[]) =>
    boxes.reduce((n, box) => n + lines.filter((line) => line.id !== box.id && segmentHitsBox(line, box)).length, 0);
  let best: { requests: ReturnType<typeof requestsFor>; placed: ReturnType<typeof place>; unlabelled: number; crossed: number } | undefined;
  for (const wrapShare of L.width < 400 ? [0.5, 0.36, 0.3] : [1]) {
    const requests = requestsFor(wrapShare);
    const placed = place(requests);
    const tried = { requests, placed, unlabelled: requests.length - placed.length, crossed: crossings(placed) };
    if (!best || tried.unlabelled < best.unlabelled || (tried.unlabelled === best.unlabelled && tried.crossed < best.crossed)) best = tried;
    if (best.unlabelled === 0 && best.crossed === 0) break;
  }
  const { requests, placed } = best!;
  const countryRequests: (LabelRequest & { lines: TextLine[] })[] = [];
  for (const [, c] of Object.entries(COUNTRY_ANCHORS)) {
    if (!c.states.includes(state)) continue;
    const a = toScreen(project(c.at));
    const text = t(locale, `charts.map.countries.${c.id}`);
    const size = L.sub;
    const width = estimateTextWidth(text, size);
    if (!inView(a)) continue;
    countryRequests.push({ id: `country-${c.id}`, anchor: a, width, height: lineHeight(size), gap: 0.01, lines: [{ text, cls: 'country', size }] });
  }
  // Countries are centred on their anchor when possible; they never push a place label away.
  const countryPlaced = placeLabels(
    countryRequests.map((r) => ({ ...r, anchor: { x: r.anchor.x, y: r.anchor.y } })),
    [...obstacles, ...placed],
    bounds,
    3,
  );

  const allRequests = [...requests, ...countryRequests];
  const labels: MapLabel[] = [...placed, ...countryPlaced].map((box) => {
    const req = allRequests.find((r) => r.id === box.id)!;
    let y = box.y;
    const alignRight = box.x + box.width <= req.anchor.x;
    const textLines = req.lines.map((l) => {
      const lh = lineHeight(l.size);
      // Baseline sits ~0.8 of the font size below the line's top for Be Vietnam Pro.
      const line = { ...l, x: alignRight ? box.x + box.width : box.x, y: y + (lh - l.size) / 2 + l.size * 0.82 };
      y += lh;
      return line;
    });
    const out: MapLabel = {
      id: box.id,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      lines: textLines,
      align: alignRight ? 'end' : 'start',
    };
    if (box.leader && !box.id.startsWith('country-')) out.leader = leaderOf(box, req.anchor);
    return out;
  });
  return { state, viewBox, points, lines, labels, key };
}

function buildLegend(L: (typeof MAP_LAYOUTS)[MapLayoutName], W: number, H: number, locale: Locale, hoaLacCount: number): MapLayout['legend'] {
  const size = L.legend;
  const lh = size * 1.3;
  const keyWidth = 30;
  const maxWidth = W - keyWidth - 4;
  const names = unmappedFacilities().map((f) => label(locale, 'facilities', f.id));
  const items: { key: MapLayout['legend'][number]['key']; text: string }[] = [
    { key: 'line', text: t(locale, 'charts.map.legendLine') },
    { key: 'dc', text: t(locale, 'charts.map.legendDataCentres', { n: hoaLacCount, place: placeName(locale, 'hoa-lac-hi-tech-park') }) },
    ...names.map((n) => ({ key: 'unmapped' as const, text: t(locale, 'charts.map.notMapped', { name: n, city: placeName(locale, 'ha-noi') }) })),
    { key: 'credit', text: t(locale, 'charts.map.credit') },
  ];
  let y = H + 14;
  return items.map((item) => {
    const lines = wrapText(item.text, maxWidth, size).map((text) => {
      const line = { text, cls: 'legend' as const, size, x: keyWidth, y: y + size * 0.82 };
      y += lh;
      return line;
    });
    y += 4;
    return { key: item.key, lines };
  });
}

/** The map for one locale: both layouts and the frame (title, description, table, sources). */
export function buildMapModel(locale: Locale): MapModel {
  const others = data.places.filter((p) => p.id !== ORIGIN);
  const km = (id: string) => formatFigure(getFigure(distanceId(ORIGIN, id)), locale, { qualifier: 'symbol' });
  const road = getFigure('thai-nguyen-ha-noi-road-distance');
  const hoaLac = hoaLacFacilities();
  const unmapped = unmappedFacilities();
  const title = t(locale, 'charts.map.title', { hn: km('ha-noi'), airport: km('noi-bai-airport') });
  const distances = others.map((p) => `${placeName(locale, p.id)} ${km(p.id)}`).join('; ');
  const description = t(locale, 'charts.map.description', {
    distances,
    road: formatFigure(road, locale),
    hoaLac: hoaLac.map((f) => label(locale, 'facilities', f.id)).join(', '),
    unmapped: unmapped.map((f) => label(locale, 'facilities', f.id)).join(', '),
  });
  const rows: string[][] = [
    ...others.map((p) => [
      placeName(locale, p.id),
      km(p.id),
      t(locale, p.qualifier === 'about' ? 'charts.map.table.approximatePoint' : 'charts.map.table.point'),
    ]),
    [t(locale, 'charts.map.table.roadRow', { a: placeName(locale, ORIGIN), b: placeName(locale, 'ha-noi') }), formatFigure(road, locale, { qualifier: 'symbol' }), t(locale, 'charts.map.table.reportedRoad')],
    ...hoaLac.map((f) => [label(locale, 'facilities', f.id), '—', t(locale, 'charts.map.table.atPlace', { place: placeName(locale, f.place!) })]),
    ...unmapped.map((f) => [label(locale, 'facilities', f.id), '—', t(locale, 'charts.map.table.unmapped', { city: placeName(locale, 'ha-noi') })]),
  ];
  const sourceIds = [
    ...data.places.flatMap((p) => p.sources),
    ...road.sources,
    ...data.facilities.flatMap((f) => f.sources),
  ].filter((id) => getSource(id));
  return {
    frame: {
      id: 'map',
      title,
      description,
      sourceIds,
      table: {
        caption: t(locale, 'charts.map.table.caption'),
        columns: [t(locale, 'charts.map.table.place'), t(locale, 'charts.map.table.distance'), t(locale, 'charts.map.table.onMap')],
        rows,
      },
    },
    layouts: { wide: buildLayout('wide', locale), narrow: buildLayout('narrow', locale) },
  };
}
