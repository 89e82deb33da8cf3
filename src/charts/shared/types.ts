/** The accessible data table every chart carries: same numbers as the SVG, already formatted. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /**
   * Optional link per row (e.g. to the row's source), rendered as one extra cell after the row's
   * cells; give `columns` a heading for it. Charts without links leave it out.
   */
  rowLinks?: (ChartRowLink | null)[];
}

/** A link shown in a table row. */
export interface ChartRowLink {
  href: string;
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
