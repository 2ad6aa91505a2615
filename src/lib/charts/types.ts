import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { Milestone } from '../../schemas/dataset.ts';
import type { TableModel } from './tableModel.ts';

/** One figure a chart shows, with enough context to cite it. */
export interface ChartFigure {
  /** How the spec cited it: `<dataset>/<entry>`. */
  ref: string;
  /** Id of its dataset (for the source line and links). */
  datasetId: string;
  datasetTitle: string;
  /** The entry, derived values computed. */
  entry: ResolvedEntry;
  /** Every entry of the same dataset, so a builder can find the stated figure behind a derived one. */
  siblings: readonly ResolvedEntry[];
}

/** One milestone a timeline shows. */
export interface ChartMilestone {
  ref: string;
  datasetId: string;
  datasetTitle: string;
  milestone: Milestone;
}

export interface BuilderOptions {
  /** Stable id, unique on the page; prefixes every id inside the chart. */
  id: string;
}

/** What a builder returns: the drawing, its text alternative and its data. */
export interface BuiltChart {
  /** Inline SVG (Plot charts) or HTML (tiles): deterministic for the same input. */
  markup: string;
  /** Whether `markup` is SVG or HTML. */
  kind: 'svg' | 'html';
  /** A self-contained SVG of the drawing, light theme, for the PNG (same as `markup` for SVG charts). */
  imageSvg: string;
  /** Size of `imageSvg` in CSS pixels. */
  width: number;
  height: number;
  /** The unit line under the title (“单位：指数,上月 = 100”). */
  unit: string;
  /** Long description: what is compared, the values, the change. */
  description: string;
  table: TableModel;
}

/** A chart ready for the page: a built chart plus what the spec says about it. */
export interface ChartOutput extends BuiltChart {
  id: string;
  type: string;
  title: string;
  takeaway: string;
  /** What the chart leaves out and why, when the spec says so. */
  note: string | undefined;
  /** Datasets the figures come from, in order of first use. */
  datasets: { id: string; title: string }[];
}
