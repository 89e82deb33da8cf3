import { allFigures, getSource } from './index';
import { isRange, type Figure } from './types';
import { label } from '../i18n/t';

/**
 * The figures as downloadable records: one per figure (reported and derived), with its sources
 * spelled out, so a reader can check every number without the site. Pure; used by the
 * /data/figures.json and /data/figures.csv endpoints and by their tests.
 */

/** A source as it appears in the downloads. */
export interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  /** ISO date at the source's precision; null when the source is undated. */
  date: string | null;
  url: string | null;
}

/** One figure as it appears in the downloads. */
export interface FigureRecord {
  id: string;
  /** Single value; null for a range. */
  value: number | null;
  /** Range bounds; null for a single value. */
  min: number | null;
  max: number | null;
  unit: string;
  asOf: string;
  kind: Figure['kind'];
  qualifier: Figure['qualifier'];
  /** The English note on the figure, if it has one. */
  note: string | null;
  /** For derived figures: the ids of the figures or places it is computed from. */
  inputs: string[];
  sources: SourceRecord[];
}

/**
 * Significant figures a derived value keeps in the downloads. It is computed from approximate
 * inputs ("about USD 700 million", two points on a map), so the float's sixteen digits
 * (11,666,666.666666666 USD per MW, 63.571716168205114 km) would claim a precision it lacks.
 */
export const DERIVED_SIGNIFICANT_FIGURES = 4;

/** A value as the downloads give it: a derived one to DERIVED_SIGNIFICANT_FIGURES, any other as reported. */
function downloadValue(f: Figure, value: number): number {
  return f.kind === 'derived' ? Number(value.toPrecision(DERIVED_SIGNIFICANT_FIGURES)) : value;
}

/** Turns a figure into its download record (English note text). */
export function toFigureRecord(f: Figure): FigureRecord {
  return {
    id: f.id,
    value: isRange(f) ? null : downloadValue(f, f.value),
    min: isRange(f) ? downloadValue(f, f.min) : null,
    max: isRange(f) ? downloadValue(f, f.max) : null,
    unit: f.unit,
    asOf: f.asOf,
    kind: f.kind,
    qualifier: f.qualifier,
    note: f.note ? label('en', 'notes', f.note) : null,
    inputs: f.inputs ?? [],
    sources: f.sources.map((id) => {
      const s = getSource(id);
      return { id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url ?? null };
    }),
  };
}

/** Every figure of the data module as download records, in data-file order. */
export function buildFigureRecords(figures: Figure[] = allFigures): FigureRecord[] {
  return figures.map(toFigureRecord);
}

/** Separator between several sources in one CSV cell (the columns list them in the same order). */
export const CSV_LIST_SEPARATOR = ' | ';

/** CSV columns, in order. Multi-source columns join their items with CSV_LIST_SEPARATOR. */
export const csvColumns = [
  'id',
  'value',
  'min',
  'max',
  'unit',
  'as_of',
  'kind',
  'qualifier',
  'note',
  'inputs',
  'source_ids',
  'source_publishers',
  'source_titles',
  'source_dates',
  'source_urls',
] as const;

/** The record as CSV cells (strings), one per column of csvColumns. */
export function toCsvCells(r: FigureRecord): string[] {
  const list = (items: (string | null)[]) => items.map((x) => x ?? '').join(CSV_LIST_SEPARATOR);
  const num = (n: number | null) => (n === null ? '' : String(n));
  return [
    r.id,
    num(r.value),
    num(r.min),
    num(r.max),
    r.unit,
    r.asOf,
    r.kind,
    r.qualifier,
    r.note ?? '',
    r.inputs.join(CSV_LIST_SEPARATOR),
    list(r.sources.map((s) => s.id)),
    list(r.sources.map((s) => s.publisher)),
    list(r.sources.map((s) => s.title)),
    list(r.sources.map((s) => s.date)),
    list(r.sources.map((s) => s.url)),
  ];
}

/** Quotes one CSV field per RFC 4180: wrapped in quotes when it holds a comma, quote or line break. */
export function toCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The records as CSV text: a UTF-8 byte-order mark (so Excel reads Vietnamese and Korean text as
 * UTF-8), a header row, one row per figure, CRLF line ends (RFC 4180).
 */
export function toFiguresCsv(records: FigureRecord[]): string {
  const lines = [[...csvColumns], ...records.map(toCsvCells)].map((cells) => cells.map(toCsvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The records as the JSON download: a short description of the fields and the figures. */
export function toFiguresJson(records: FigureRecord[]): string {
  return `${JSON.stringify(
    {
      title: "Thái Nguyên data hub: every figure on the site with its sources",
      fields: {
        value: 'single value (null when the figure is a range)',
        min: 'lower bound of a range (null for a single value)',
        max: 'upper bound of a range (null for a single value)',
        asOf: 'date the number describes, ISO at the source’s precision (YYYY, YYYY-MM or YYYY-MM-DD)',
        kind: 'reported | estimate | target | derived (computed from inputs; its value rounded to 4 significant figures)',
        qualifier: 'exact | atLeast | over | about | nearly | under | upToAbout',
      },
      figures: records,
    },
    null,
    2,
  )}\n`;
}
