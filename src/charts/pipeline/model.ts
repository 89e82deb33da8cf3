/**
 * Pipeline chart: the banks the province approached as prospective customers, one glyph each,
 * with those reported as committed filled. The conflicting report is stated from the figure's note.
 */
import { getFigure, getSource, type Figure } from '../../data';
import { getValueOrEnd } from '../../data/figureValue';
import { formatDate, formatFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { label, t } from '../../i18n/t';
import { chartStates } from '../registry';
import type { Box } from '../shared/labelLayout';
import { textBox, type SvgText } from '../shared/svgText';
import { wrapText } from '../shared/textMetrics';
import type { ChartFrameModel } from '../shared/types';
import { publisherName } from '../../i18n/sourceText';

export type PipelineState = (typeof chartStates.pipeline)[number];
export const PIPELINE_STATES = chartStates.pipeline;

export const PIPELINE_LAYOUTS = {
  wide: { width: 640, columns: 15, glyph: 34, gap: 7, text: 15, note: 13.5 },
  narrow: { width: 300, columns: 5, glyph: 40, gap: 12, text: 14, note: 13 },
} as const;
export type PipelineLayoutName = keyof typeof PIPELINE_LAYOUTS;

export interface BankGlyph extends Box {
  index: number;
  committed: boolean;
}

export interface PipelineLayout {
  name: PipelineLayoutName;
  width: number;
  height: number;
  glyphs: BankGlyph[];
  /** Key glyph + text per line of the legend, with the states that emphasise it. */
  keys: { committed: boolean; glyph: Box; texts: SvgText[]; in: PipelineState[] }[];
  note: SvgText[];
}

export interface PipelineModel {
  frame: ChartFrameModel;
  layouts: Record<PipelineLayoutName, PipelineLayout>;
  textBoxes: Record<PipelineLayoutName, Box[]>;
}

/** A count given as a range is drawn at its lower end: no more banks than the sources confirm. */
const count = (f: Figure): number => getValueOrEnd(f, 'min');

function buildLayout(name: PipelineLayoutName, locale: Locale): PipelineLayout {
  const L = PIPELINE_LAYOUTS[name];
  const W = L.width;
  const approached = getFigure('mou-banks-approached');
  const committed = getFigure('mou-banks-committed');
  const n = count(approached);
  const k = count(committed);
  const rowWidth = L.columns * L.glyph + (L.columns - 1) * L.gap;
  const x0 = (W - rowWidth) / 2;
  const glyphs: BankGlyph[] = Array.from({ length: n }, (_, i) => ({
    index: i + 1,
    committed: i < k,
    x: x0 + (i % L.columns) * (L.glyph + L.gap),
    y: 4 + Math.floor(i / L.columns) * (L.glyph + L.gap),
    width: L.glyph,
    height: L.glyph,
  }));
  let y = 4 + Math.ceil(n / L.columns) * (L.glyph + L.gap) + 10;
  const keySize = 22;
  const keys: PipelineLayout['keys'] = [];
  const addKey = (isCommitted: boolean, text: string, states: PipelineState[]) => {
    const lines = wrapText(text, W - keySize - 10, L.text, isCommitted);
    const texts = lines.map((line, i) => ({ x: keySize + 10, y: y + L.text * (1 + i * 1.3), text: line, size: L.text, cls: isCommitted ? ('name' as const) : ('sub' as const) }));
    keys.push({ committed: isCommitted, glyph: { x: 0, y: y + 1, width: keySize, height: keySize }, texts, in: states });
    y += Math.max(keySize + 8, lines.length * L.text * 1.3 + 8);
  };
  addKey(true, t(locale, 'charts.pipeline.committedKey', { n: formatFigure(committed, locale) }), ['approached', 'committed']);
  addKey(false, t(locale, 'charts.pipeline.approachedKey', { n: formatFigure(approached, locale) }), ['approached']);
  y += 4;
  const note: SvgText[] = wrapText(`* ${label(locale, 'notes', committed.note!)}`, W, L.note).map((line) => {
    y += L.note * 1.35;
    return { x: 0, y, text: line, size: L.note, cls: 'sub' };
  });
  return { name, width: W, height: Math.ceil(y + 8), glyphs, keys, note };
}

/** The pipeline chart for one locale. */
export function buildPipelineModel(locale: Locale): PipelineModel {
  const approached = getFigure('mou-banks-approached');
  const committed = getFigure('mou-banks-committed');
  const fa = formatFigure(approached, locale);
  const fc = formatFigure(committed, locale);
  const layouts = { wide: buildLayout('wide', locale), narrow: buildLayout('narrow', locale) };
  const boxes = (l: PipelineLayout) => [...l.keys.flatMap((k) => k.texts), ...l.note].map(textBox);
  const row = (what: string, f: Figure) => [
    what,
    formatFigure(f, locale),
    formatDate(f.asOf, locale),
    f.sources.map((s) => publisherName(getSource(s), locale)).join('; '),
  ];
  return {
    frame: {
      id: 'pipeline',
      title: t(locale, 'charts.pipeline.title', { approached: fa, committed: fc }),
      description: t(locale, 'charts.pipeline.description', {
        approached: fa,
        committed: fc,
        note: label(locale, 'notes', committed.note!),
      }),
      sourceIds: [...approached.sources, ...committed.sources],
      table: {
        caption: t(locale, 'charts.pipeline.tableCaption'),
        columns: ['what', 'value', 'asOf', 'source'].map((c) => t(locale, `charts.pipeline.col.${c}`)),
        rows: [row(t(locale, 'charts.pipeline.approachedRow'), approached), row(t(locale, 'charts.pipeline.committedRow'), committed)],
      },
    },
    layouts,
    textBoxes: { wide: boxes(layouts.wide), narrow: boxes(layouts.narrow) },
  };
}
