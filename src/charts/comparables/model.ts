import { scaleLinear } from 'd3-scale';
import { data, getFigure, getSource, type Figure } from '../../data';
import { getValueOrEnd } from '../../data/figureValue';
import { usdPerMwId } from '../../data/derived';
import { formatFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { label, t } from '../../i18n/t';
import type { ChartFrameModel, ChartRowSource } from '../shared/types';
import { formatSourceShort } from '../../i18n/sourceText';

/** Construction-cost benchmarks (USD per MW) shown under the projects. */
export const benchmarkIds = [
  'cw-vn-construction-cost',
  'cw-vn-development-cost-incl-land',
  'cw-apac-development-cost',
  'cw-japan-development-cost',
] as const;

/** One line of the comparison: an announced project or a cost benchmark. */
export interface ComparableRow {
  id: string;
  kind: 'project' | 'benchmark';
  name: string;
  featured: boolean;
  capacity: Figure | null;
  investment: Figure | null;
  perMw: Figure | null;
  /** The sources of the row's own numbers, so each number's source is named beside it. */
  sources: ChartRowSource[];
}

/** A range is drawn at its upper end. */
const single = (fig: Figure): number => getValueOrEnd(fig, 'max');

/** The sources of a row's figures, in order, each once (a source without an address is named, not linked). */
function sourcesOf(figures: (Figure | null)[], locale: Locale): ChartRowSource[] {
  const ids = [...new Set(figures.flatMap((f) => f?.sources ?? []))];
  return ids.map(getSource).map((src) => ({ ...(src.url ? { href: src.url } : {}), text: formatSourceShort(src, locale) }));
}

/** Projects (Thái Nguyên's first, then by capacity) and benchmarks, with their figures; nothing guessed. */
export function getComparableRows(locale: Locale): ComparableRow[] {
  const projects = [...data.projects]
    .map((p): ComparableRow => {
      const capacity = getFigure(p.capacity);
      const investment = p.investment ? getFigure(p.investment) : null;
      return {
        id: p.id,
        kind: 'project',
        name: label(locale, 'projects', p.id),
        featured: p.featured,
        capacity,
        investment,
        perMw: p.investment ? getFigure(usdPerMwId(p.investment)) : null,
        sources: sourcesOf([capacity, investment], locale),
      };
    })
    .sort((a, b) => Number(b.featured) - Number(a.featured) || single(b.capacity!) - single(a.capacity!));
  const benchmarks = benchmarkIds.map((id): ComparableRow => {
    const fig = getFigure(id);
    return { id, kind: 'benchmark', name: t(locale, `comparables.benchmark.${id}`), featured: false, capacity: null, investment: null, perMw: fig, sources: sourcesOf([fig], locale) };
  });
  return [...projects, ...benchmarks];
}

// Average advance widths in em for Be Vietnam Pro (bold a little wider), Hangul a full em.
function charEm(ch: string): number {
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch)) return 1;
  if (/[ il.,·'’|:;!()\-]/.test(ch)) return 0.32;
  if (/[MWm@%&]/.test(ch)) return 0.86;
  if (/[A-Z0-9~≥]/.test(ch)) return 0.66;
  return 0.56;
}

/** Estimated rendered width of a text at a font size (viewBox units). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  const em = [...text].reduce((sum, ch) => sum + charEm(ch), 0);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** A positioned text. */
export interface Label {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'end';
}

/** A bar, or a hatched stub when the value was not disclosed. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: 'featured' | 'project' | 'benchmark' | 'undisclosed';
}

export type Panel = 'capacity' | 'per-mw';

/** Everything for one row of the SVG. */
export interface RowGeometry {
  id: string;
  kind: ComparableRow['kind'];
  name: Label;
  /** Narrow layout: the capacity as text, right-aligned on the name line. */
  capacityText?: Label;
  bars: (Bar & { panel: Panel; value: Label })[];
}

export interface ComparablesLayout {
  width: number;
  height: number;
  headings: (Label & { panel: Panel | 'benchmarks' })[];
  rows: RowGeometry[];
}

/**
 * Text sizes in viewBox units. The narrow layout is drawn NARROW_WIDTH wide and must fit the phone's
 * sticky graphic (about half the screen), so its rows are tight (name line, then one bar), the
 * projects come first and the benchmarks after them (on a small phone the sticky graphic may
 * crop the last benchmarks; the data table has them all).
 */
const SIZE = { wide: { name: 14, value: 13, head: 13, bar: 16 }, narrow: { name: 13, value: 13, head: 13, bar: 10 } };
/** About the phone card's inner width, so the text is set near its nominal size like the other charts'. */
const NARROW_WIDTH = 310;
const GAP = 6;

/** Drops a trailing "(…)" when the full name does not fit the room. */
function fitName(name: string, room: number, size: number, bold: boolean): string {
  if (estimateTextWidth(name, size, bold) <= room) return name;
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * Wide: two panels side by side (capacity | USD per MW), each row's name above its bars.
 * Narrow: one column; the name with the capacity at the right end of its line, then the per-MW bar.
 */
export function buildComparablesLayout(rows: ComparableRow[], locale: Locale, variant: 'wide' | 'narrow'): ComparablesLayout {
  const size = SIZE[variant];
  const wide = variant === 'wide';
  const width = wide ? 760 : NARROW_WIDTH;
  const valueText = (fig: Figure | null) => (fig ? formatFigure(fig, locale, { qualifier: 'symbol' }) : t(locale, 'chart.notDisclosed'));
  const widest = (panel: Panel) =>
    Math.max(...rows.map((r) => estimateTextWidth(valueText(panel === 'capacity' ? r.capacity : r.perMw), size.value, r.featured)));
  const panels = wide ? { capacity: { x0: 0, x1: 300 }, 'per-mw': { x0: 340, x1: width } } : { capacity: { x0: 0, x1: width }, 'per-mw': { x0: 0, x1: width } };
  const scaleFor = (panel: Panel) =>
    scaleLinear()
      .domain([0, Math.max(...rows.map((r) => ((panel === 'capacity' ? r.capacity : r.perMw) ? single((panel === 'capacity' ? r.capacity : r.perMw)!) : 0)))])
      .range([panels[panel].x0, panels[panel].x1 - widest(panel) - GAP]);
  const scales = { capacity: scaleFor('capacity'), 'per-mw': scaleFor('per-mw') };
  const headings: ComparablesLayout['headings'] = [];
  if (wide) {
    headings.push({ x: 0, y: 14, text: t(locale, 'comparables.capacity'), size: size.head, bold: true, panel: 'capacity' });
    headings.push({ x: panels['per-mw'].x0, y: 14, text: t(locale, 'comparables.perMw'), size: size.head, bold: true, panel: 'per-mw' });
  }
  // Narrow: no panel headings; each value carries its unit (MW, USD per MW).
  // Narrow: a little room under the card's title, which sits right above the drawing.
  let y = wide ? 28 : 4;
  const out: RowGeometry[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'benchmark' && rows[i - 1]?.kind === 'project') {
      y += wide ? 10 : 4;
      headings.push({ x: panels['per-mw'].x0, y: y + size.head, text: fitName(t(locale, 'comparables.benchmarks'), width - panels['per-mw'].x0, size.head, true), size: size.head, bold: true, panel: 'benchmarks' });
      y += size.head + (wide ? 10 : 6);
    }
    const nameX = row.kind === 'benchmark' ? panels['per-mw'].x0 : 0;
    let capacityText: Label | undefined;
    let room = width - nameX;
    if (!wide && row.capacity) {
      capacityText = { x: width, y: y + size.name, text: valueText(row.capacity), size: size.value, bold: row.featured, anchor: 'end' };
      room -= estimateTextWidth(capacityText.text, size.value, row.featured) + 2 * GAP;
    }
    const name: Label = { x: nameX, y: y + size.name, text: fitName(row.name, room, size.name, row.featured), size: size.name, bold: row.featured };
    y += size.name + (wide ? 5 : 3.5);
    const bars: RowGeometry['bars'] = [];
    const panelsOfRow: Panel[] = row.kind === 'benchmark' || !wide ? ['per-mw'] : ['capacity', 'per-mw'];
    for (const panel of panelsOfRow) {
      const fig = panel === 'capacity' ? row.capacity : row.perMw;
      const x0 = panels[panel].x0;
      // Rounded to 0.01 unit: finer is invisible and only lengthens the SVG (21.287999999999997).
      const w = fig ? Math.max(1, Math.round((scales[panel](single(fig)) - x0) * 100) / 100) : wide ? 28 : 20;
      const tone: Bar['tone'] = !fig ? 'undisclosed' : row.kind === 'benchmark' ? 'benchmark' : row.featured ? 'featured' : 'project';
      const valueY = y + size.bar / 2 + size.value * 0.36;
      // Benchmarks are thinner as well as a different colour: grey and teal converge under
      // protanopia/deuteranopia (ΔE ≈ 2–6), so colour must not be the only difference.
      const thin = tone === 'benchmark' ? 0.3 * size.bar : 0;
      bars.push({ panel, x: x0, y: y + thin, width: w, height: size.bar - 2 * thin, tone, value: { x: Math.round((x0 + w + GAP) * 100) / 100, y: valueY, text: valueText(fig), size: size.value, bold: row.featured } });
    }
    // Narrow: the value beside the bar is taller than the bar; keep its descenders off the next name.
    y += size.bar + (wide ? 12 : 6);
    out.push({ id: row.id, kind: row.kind, name, ...(capacityText ? { capacityText } : {}), bars });
  });
  return { width, height: Math.ceil(y), headings, rows: out };
}

/** Title, description, sources and the linked table for ChartFrame. */
export function buildComparablesFrame(rows: ComparableRow[], locale: Locale): ChartFrameModel {
  const nd = t(locale, 'chart.notDisclosed');
  const word = (fig: Figure | null) => (fig ? formatFigure(fig, locale) : nd);
  const projects = rows.filter((r) => r.kind === 'project');
  const benchmarks = rows.filter((r) => r.kind === 'benchmark');
  const list = projects.map((r) => `${r.name}: ${word(r.capacity)}, ${word(r.investment)}, ${word(r.perMw)}`).join('; ');
  const bench = benchmarks.map((r) => `${r.name}: ${word(r.perMw)}`).join('; ');
  const dash = t(locale, 'comparables.notApplicable');
  return {
    id: 'comparables',
    title: t(locale, 'comparables.title'),
    description: t(locale, 'comparables.description', { list, benchmarks: bench }),
    sourceIds: [...new Set(rows.flatMap((r) => [r.capacity, r.investment, r.perMw].flatMap((f) => f?.sources ?? [])))],
    table: {
      caption: `${t(locale, 'comparables.caption')} (${t(locale, 'comparables.derivedNote')})`,
      columns: [t(locale, 'comparables.project'), t(locale, 'comparables.capacity'), t(locale, 'comparables.investment'), t(locale, 'comparables.perMw'), t(locale, 'comparables.source')],
      rows: rows.map((r) =>
        r.kind === 'project' ? [r.name, word(r.capacity), word(r.investment), word(r.perMw)] : [r.name, dash, dash, word(r.perMw)],
      ),
      rowSources: rows.map((r) => r.sources),
    },
  };
}

/** What each named state emphasises; the other panel is dimmed, never hidden. */
export const comparablesStates = { capacity: 'capacity', 'per-mw': 'per-mw' } as const satisfies Record<string, Panel>;

/** The full model for one locale. */
export function buildComparablesModel(locale: Locale) {
  const rows = getComparableRows(locale);
  return {
    rows,
    frame: buildComparablesFrame(rows, locale),
    wide: buildComparablesLayout(rows, locale, 'wide'),
    narrow: buildComparablesLayout(rows, locale, 'narrow'),
  };
}
