/** The accessible data table every chart carries: same numbers as the SVG, already formatted. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /**
   * Optional sources per row (those of the row's own numbers), rendered as one extra cell after the
   * row's cells; give `columns` a heading for it. Charts without them leave it out.
   */
  rowSources?: ChartRowSource[][];
}

/** A source named in a table row: a link where it has an address, its name alone where not. */
export interface ChartRowSource {
  href?: string;
  text: string;
}

/** What every chart model hands its component besides geometry. */
export interface ChartFrameModel {
  /** Chart id from src/charts/registry.ts. */
  id: string;
  /** The takeaway, as a sentence ("Thái Nguyên's 20 MW would add …"), not a label. */
  title: string;
  /** Accessible summary of what the chart shows, with its numbers. */
  description: string;
  /** Source ids behind the numbers shown. */
  sourceIds: string[];
  table: ChartTable;
}
