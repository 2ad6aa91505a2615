/** A chart's data as a table: one header row, one row per mark. */
export interface TableModel {
  /** Caption, in Chinese: what the table lists. */
  caption: string;
  /** Column headings; the first heads the row-header column. */
  columns: string[];
  rows: TableRow[];
}

/** One row: its header cell, its data cells, and where its figure is explained. */
export interface TableRow {
  /** The row header (th scope="row"). */
  header: string;
  /** The other cells, as text. */
  cells: string[];
  /** The figure's row on its dataset page (`datasetRowUrl`). */
  href?: string;
  /** True when the row's value is computed, not stated. */
  derived?: boolean;
}
