/**
 * Province chart (pure): four panels, one per named state: the merged province's area and
 * people (with the two former provinces as stacked parts), foreign investment, industry and power
 * (Samsung's plant, industrial parks, the substation built for them) and people/skills. Wide: a 2 × 2 grid; narrow: one column,
 * with a band per state, which the window onto the drawing slides to (../shared/statePan.ts).
 */
import { getEvent, getFigure, yearOf, type Figure } from '../../data';
import { getSingleValue } from '../../data/figureValue';
import { formatDate, formatFigure, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { stackLines, type Prim, type RectPrim, type Scene } from '../shared/scene';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';

/** The panels, each lit by the state of its name (src/charts/registry.ts). */
export const provinceStates = ['area', 'fdi', 'industry', 'people'] as const;
/**
 * One more state, for the step on the grid: it lights the industry panel too, but on a phone the
 * window opens at the substation, at the panel's foot, which the industry view leaves below the fold.
 */
export const provincePowerState = 'power';
type PanelId = (typeof provinceStates)[number];

/** Figure ids shown in each panel, in reading order. */
export const provincePanels: Record<PanelId, string[]> = {
  area: [
    'province-area',
    'former-thai-nguyen-area',
    'former-bac-kan-area',
    'province-population',
    'former-thai-nguyen-population',
    'former-bac-kan-population',
  ],
  fdi: ['fdi-cumulative', 'fdi-projects', 'fdi-jan-feb-2026', 'fdi-jan-feb-2026-rank', 'fdi-jan-feb-2026-national-share'],
  industry: ['sevt-revenue-h1-2025-usd', 'sevt-global-rank-h1-2025', 'ip-occupancy', 'ip-projects', 'ip-workers', 'phu-binh-ip-area', 'ip-plan-area', 'phu-binh-220kv-substation-capacity'],
  people: ['province-trained-per-year', 'province-universities', 'province-vocational-institutions', 'tnu-staff', 'tnu-academic-staff'],
};

export const provinceSizes = {
  wide: { width: 540, font: 14, small: 13, big: 20, gap: 24 },
  narrow: { width: 300, font: 13, small: 13, big: 19, gap: 22 },
} as const;
type Layout = keyof typeof provinceSizes;

const num = (f: Figure): number => getSingleValue(f, 'src/charts/province/model.ts');

export interface ProvinceModel {
  frame: ChartFrameModel;
  wide: Scene;
  narrow: Scene;
}

/** Writes one panel at (x, y) within width w; returns its prims and bottom. */
function buildPanel(id: PanelId, layout: Layout, locale: Locale, x0: number, y0: number, w: number): { prims: Prim[]; bottom: number; powerTop: number | undefined } {
  const { font, small, big } = provinceSizes[layout];
  const prims: Prim[] = [];
  const states: string[] = id === 'industry' ? [id, provincePowerState] : [id];
  let powerTop: number | undefined;
  const fig = (fid: string) => getFigure(fid);
  const sym = (fid: string) => formatFigure(fig(fid), locale, { qualifier: 'symbol' });
  const label = (key: string, vars?: Record<string, string>) => t(locale, `charts2.province.${key}`, vars);
  let y = y0 + font;

  const heading = stackLines(wrapText(label(`panels.${id}`, { date: formatDate(getEvent('province-merger').date, locale) }), w, font + 1, true), x0, y, font + 1, { bold: true, tone: 'tn', in: states });
  prims.push(...heading.prims);
  y = heading.bottom + 6;
  prims.push({ kind: 'line', x1: x0, y1: y, x2: x0 + w, y2: y, tone: 'tn', width: 2, in: states });
  y += 6;

  /** A big value with its label below (wrapped). */
  const stat = (value: string, text: string) => {
    y += big;
    prims.push({ kind: 'text', x: x0, y, text: value, size: big, bold: true, in: states });
    const lines = stackLines(wrapText(text, w, small), x0, y + small * 1.35, small, { tone: 'muted', in: states });
    prims.push(...lines.prims);
    y = lines.bottom + 8;
  };
  /** A part-of-whole bar: filled share plus labels for each end. */
  const bar = (parts: { value: number; style: Partial<RectPrim>; text: string }[], total: number) => {
    y += 4;
    const h = 14;
    let x = x0;
    for (const p of parts) {
      const pw = (p.value / total) * w;
      prims.push({ kind: 'rect', x, y, width: pw, height: h, ...p.style, in: states });
      x += pw;
    }
    y += h;
    // Labels: first part at the left, the rest at the right; stacked when they would touch.
    const [first, ...rest] = parts;
    const left = first!.text;
    const right = rest.map((r) => r.text).join(' · ');
    const fits = estimateTextWidth(left, small) + estimateTextWidth(right, small) + 12 <= w;
    y += small + 3;
    prims.push({ kind: 'text', x: x0, y, text: left, size: small, tone: 'ink', in: states });
    if (right) {
      if (!fits) y += small * 1.3;
      prims.push({ kind: 'text', x: x0 + w, y, text: right, size: small, tone: 'ink', anchor: 'end', in: states });
    }
    y += 10;
  };

  if (id === 'area') {
    stat(sym('province-area'), label('area'));
    bar(
      [
        { value: num(fig('former-thai-nguyen-area')), style: { tone: 'tn' }, text: label('formerTn', { value: sym('former-thai-nguyen-area') }) },
        { value: num(fig('former-bac-kan-area')), style: { pattern: 'hatch-tn', stroke: 'tn' }, text: label('formerBk', { value: sym('former-bac-kan-area') }) },
      ],
      num(fig('province-area')),
    );
    stat(sym('province-population'), label('population'));
    bar(
      [
        { value: num(fig('former-thai-nguyen-population')), style: { tone: 'tn' }, text: label('formerTn', { value: formatNumber(num(fig('former-thai-nguyen-population')), 'people', locale) }) },
        { value: num(fig('former-bac-kan-population')), style: { pattern: 'hatch-tn', stroke: 'tn' }, text: label('formerBk', { value: formatNumber(num(fig('former-bac-kan-population')), 'people', locale) }) },
      ],
      num(fig('province-population')),
    );
  } else if (id === 'fdi') {
    stat(sym('fdi-cumulative'), label('fdiCumulative', { projects: sym('fdi-projects') }));
    stat(sym('fdi-jan-feb-2026'), label('fdiEarly2026', { rank: sym('fdi-jan-feb-2026-rank') }));
    const share = num(fig('fdi-jan-feb-2026-national-share'));
    bar(
      [
        { value: share, style: { tone: 'tn' }, text: label('fdiShare', { share: sym('fdi-jan-feb-2026-national-share') }) },
        { value: 100 - share, style: { tone: 'soft' }, text: '' },
      ],
      100,
    );
  } else if (id === 'industry') {
    stat(sym('sevt-revenue-h1-2025-usd'), label('sevt', { rank: sym('sevt-global-rank-h1-2025') }));
    const occ = num(fig('ip-occupancy'));
    stat(sym('ip-occupancy'), label('ipOccupancy', { projects: sym('ip-projects'), workers: sym('ip-workers') }));
    bar(
      [
        { value: occ, style: { tone: 'accent' }, text: label('occupied') },
        { value: 100 - occ, style: { tone: 'soft' }, text: '' },
      ],
      100,
    );
    const plan = num(fig('ip-plan-area'));
    bar(
      [
        { value: num(fig('phu-binh-ip-area')), style: { tone: 'accent' }, text: label('phuBinh', { value: sym('phu-binh-ip-area') }) },
        { value: plan - num(fig('phu-binh-ip-area')), style: { pattern: 'hatch-other', stroke: 'other' }, text: label('ipPlan', { year: yearOf(fig('ip-plan-area')), value: sym('ip-plan-area') }) },
      ],
      plan,
    );
    // The grid built for that industry, for the step on power.
    powerTop = y;
    stat(sym('phu-binh-220kv-substation-capacity'), label('substation', { date: formatDate(getEvent('phu-binh-substation-energised').date, locale).replace(/ /g, '\u00a0') }));
  } else {
    stat(sym('province-trained-per-year'), label('trained'));
    stat(
      `${sym('province-universities')} + ${sym('province-vocational-institutions')}`,
      label('institutions'),
    );
    stat(sym('tnu-staff'), label('tnu', { academic: sym('tnu-academic-staff') }));
  }
  return { prims, bottom: y, powerTop };
}

function buildScene(layout: Layout, locale: Locale): Scene {
  const { width, gap } = provinceSizes[layout];
  const prims: Prim[] = [];
  const views: Record<string, string> = {};
  if (layout === 'wide') {
    const w = (width - gap) / 2;
    let y = 0;
    for (const row of [provinceStates.slice(0, 2), provinceStates.slice(2)]) {
      const panels = row.map((id, i) => buildPanel(id, layout, locale, i * (w + gap), y, w));
      panels.forEach((p) => prims.push(...p.prims));
      y = Math.max(...panels.map((p) => p.bottom)) + gap;
    }
    return { width, height: Math.ceil(y - gap + 4), prims };
  }
  let y = 0;
  for (const id of provinceStates) {
    const p = buildPanel(id, layout, locale, 0, y, width);
    prims.push(...p.prims);
    views[id] = `0 ${Math.max(0, y - 4)} ${width} ${Math.ceil(p.bottom - y + 8)}`;
    if (p.powerTop !== undefined) views[provincePowerState] = `0 ${Math.floor(p.powerTop - 4)} ${width} ${Math.ceil(p.bottom - p.powerTop + 8)}`;
    y = p.bottom + gap;
  }
  return { width, height: Math.ceil(y - gap + 4), prims, views };
}

/** Builds the province chart for a locale. */
export function buildProvinceModel(locale: Locale): ProvinceModel {
  const ids = provinceStates.flatMap((s) => provincePanels[s]);
  const word = (id: string) => formatFigure(getFigure(id), locale);
  const frame: ChartFrameModel = {
    id: 'province',
    title: t(locale, 'charts2.province.title', {
      area: formatFigure(getFigure('province-area'), locale, { qualifier: 'symbol' }),
      population: formatFigure(getFigure('province-population'), locale, { qualifier: 'symbol' }),
      rank: formatFigure(getFigure('fdi-jan-feb-2026-rank'), locale, { qualifier: 'symbol' }),
    }),
    description: t(locale, 'charts2.province.description', {
      list: ids.map((id) => `${t(locale, `charts2.province.items.${id}`)}: ${word(id)}`).join('; '),
    }),
    sourceIds: [...new Set([...ids.flatMap((id) => getFigure(id).sources), ...getEvent('phu-binh-substation-energised').sources])],
    table: {
      caption: t(locale, 'charts2.province.caption'),
      columns: [t(locale, 'charts2.table.item'), t(locale, 'charts2.table.value'), t(locale, 'charts2.table.date')],
      rows: ids.map((id) => [t(locale, `charts2.province.items.${id}`), word(id), formatDate(getFigure(id).asOf, locale)]),
    },
  };
  return { frame, wide: buildScene('wide', locale), narrow: buildScene('narrow', locale) };
}
