import * as Plot from '@observablehq/plot';
import { layout } from './layout.ts';
import { palette, markClass } from './palette.ts';
import { textWidth } from '../svgText/textWidth.ts';

/** One labelled row of a horizontal chart (bars, dots). */
export interface Row {
  /** Unique key of the row, its position on the band scale. */
  key: string;
  /** The line above the mark. */
  label: string;
  /** Where the mark ends. */
  value: number;
  /** The text after the mark. */
  valueLabel: string;
}

const lineHeight = 17;

/**
 * Horizontal charts put each row's label on its own line(s) above the mark, so
 * long Chinese labels never squeeze the plot at 360 px. This gives the band
 * scale and the label marks every such chart shares. `labelLines` is the most
 * lines any row's label takes (labels hold “\n” where they wrap).
 */
export function rowFrame(rowCount: number, labelLines = 1) {
  const rowHeight = layout.rowHeight + (labelLines - 1) * lineHeight;
  const height = layout.marginTop + rowCount * rowHeight + layout.marginBottom;
  const barTop = rowHeight - layout.barHeight - 6;
  return {
    height,
    rowHeight,
    /** Offsets from the band's centre: the top of the label lines, the middle of the mark. */
    labelDy: -rowHeight / 2 + 3,
    markDy: barTop + layout.barHeight / 2 - rowHeight / 2,
    insetTop: barTop,
    insetBottom: rowHeight - barTop - layout.barHeight,
  };
}

/** The label lines of every row, left-aligned to the frame. */
export function rowLabels(rows: readonly Row[], frame: ReturnType<typeof rowFrame>, label: (row: Row) => string = (r) => r.label) {
  return Plot.text(rows, {
    y: 'key',
    text: label,
    frameAnchor: 'left',
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: lineHeight / layout.fontSize,
    dy: frame.labelDy,
    fill: palette.text,
  });
}

/** Bars in the mark slot of their rows, from 0 to each row's value. */
export function rowBars<R extends Row>(rows: readonly R[], frame: ReturnType<typeof rowFrame>, style: Plot.BarXOptions) {
  return Plot.barX(rows, { x: 'value', y: 'key', insetTop: frame.insetTop, insetBottom: frame.insetBottom, ...style });
}

/** Bars of computed values: outlined and dashed, so a value worked out from others never reads as a stated one. */
export function derivedBars<R extends Row>(rows: readonly R[], frame: ReturnType<typeof rowFrame>) {
  return rowBars(rows, frame, { fill: 'none', stroke: palette.current, strokeDasharray: '4,3', strokeWidth: 1.5, className: markClass.derived });
}

/** Splits a label at “ · ” onto two lines when it is wider than the frame. */
export function fitLabel(label: string): string {
  const room = layout.width - layout.marginLeft - layout.marginRight;
  if (textWidth(label, layout.fontSize) <= room) return label;
  const at = label.indexOf(' · ');
  return at > 0 ? `${label.slice(0, at)}\n${label.slice(at + 3)}` : label;
}

/** The most lines any label takes. */
export const labelLines = (rows: readonly Row[]): number => Math.max(1, ...rows.map((r) => r.label.split('\n').length));

/**
 * The largest domain end that keeps every value label inside the frame when
 * the label sits right after its mark (linear scale from 0).
 */
export function domainMaxForLabels(rows: readonly Row[], gap = 6, fontSize: number = layout.fontSize): number {
  const span = layout.width - layout.marginLeft - layout.marginRight;
  let max = 0;
  for (const row of rows) {
    const room = span - gap - textWidth(row.valueLabel, fontSize);
    max = Math.max(max, room > 0 ? (row.value * span) / room : row.value * 2);
  }
  return max;
}
