import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartMilestone } from './types.ts';
import { layout } from './layout.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { timeTicks } from './timeTicks.ts';
import { rowFrame, rowLabels, labelLines, fitLabel, type Row } from './rowLayout.ts';
import { daysInclusive } from '../format/daysInclusive.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput } from './chartInput.ts';
import { computed } from './figureWords.ts';

export interface TimelineOptions extends BuilderOptions {
  /** Short names of the events, one per milestone (default: each milestone's label). */
  labels?: readonly string[] | undefined;
}

interface EventRow extends Row {
  item: ChartMilestone;
  start: Date;
  /** Exclusive end: the day after the last day (a one-day event lasts one day). */
  end: Date;
  window: boolean;
}

const DAY = 86_400_000;

/** First instant of an ISO date at its precision, and the instant after its last day. */
function span(iso: string, endIso?: string): { start: Date; end: Date } {
  const start = new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  const last = endIso ?? iso;
  const lastStart = new Date(`${last.length === 4 ? `${last}-01-01` : last.length === 7 ? `${last}-01` : last}T00:00:00Z`);
  const end = new Date(lastStart);
  if (last.length === 4) end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (last.length === 7) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  return { start, end };
}

/**
 * Dated events and windows of a campaign on one time axis, one row each,
 * in date order (7月22日 起号, 7.25–8.23 乐栩's window, 8.6–8.18 the festival,
 * 8.14 the 1450万 day). Windows are bars, single days are dots; each row is
 * labelled with the date as the source writes it.
 */
export function timeline(items: readonly ChartMilestone[], options: TimelineOptions): BuiltChart {
  assertChartInput('timeline', items.map((item) => ({ ref: item.ref })), options.labels);
  const rows: EventRow[] = items
    .map((item, i) => {
      const { milestone } = item;
      const { start, end } = span(milestone.date, milestone.end);
      const name = options.labels?.[i] ?? milestone.label;
      return { key: '', label: fitLabel(`${name} · ${milestone.dateLabel}`), value: 0, valueLabel: '', item, start, end, window: Boolean(milestone.end), order: i };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.order - b.order)
    .map(({ order: _order, ...r }, i) => ({ ...r, key: `r${i}` }));
  const min = Math.min(...rows.map((r) => r.start.getTime()));
  const max = Math.max(...rows.map((r) => r.end.getTime()));
  const pad = Math.max(DAY, (max - min) * 0.04);
  const days = (max - min) / DAY;
  const precision: 'day' | 'month' | 'year' = days <= 120 ? 'day' : days <= 900 ? 'month' : 'year';
  const frame = rowFrame(rows.length, labelLines(rows));
  // Room for half a date tick (“7月24日”) at either edge; a longer one near an edge is left out.
  const marginLeft = layout.marginLeft + 28;
  const marginRight = layout.marginRight + 28;
  const domain = [new Date(min - pad), new Date(max + pad)] as const;
  const { ticks, labels: tickLabels } = timeTicks({ domain, range: [marginLeft, layout.width - marginRight], precision, fontSize: layout.fontSize, maxTicks: 5, bounds: [0, layout.width] });
  const tickLabel = new Map(ticks.map((t, i) => [t.getTime(), tickLabels[i]!]));
  const chart = plotChart(options.id, {
    height: frame.height,
    marginLeft,
    marginRight,
    x: { type: 'utc', domain, ticks, tickFormat: (d: Date) => tickLabel.get(d.getTime()) ?? '', label: null },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.gridX(ticks, { stroke: palette.track, strokeOpacity: 1 }),
      Plot.barX(rows.filter((r) => r.window), {
        x1: 'start',
        x2: 'end',
        y: 'key',
        insetTop: frame.insetTop,
        insetBottom: frame.insetBottom,
        fill: palette.secondary,
        className: markClass.secondary,
      }),
      Plot.dot(rows.filter((r) => !r.window), { x: (r: EventRow) => new Date((r.start.getTime() + r.end.getTime()) / 2), y: 'key', dy: frame.markDy, r: 7, fill: palette.accent, symbol: 'diamond', className: markClass.accent }),
      rowLabels(rows, frame),
    ],
  });
  const rowText = (r: EventRow) => {
    const { milestone } = r.item;
    const length = milestone.end && milestone.date.length === 10 && milestone.end.length === 10 ? `，${computed(`共${daysInclusive(milestone.date, milestone.end)}天`)}` : '';
    return `${milestone.dateLabel}${options.labels ? `，${options.labels[items.indexOf(r.item)]}` : `，${milestone.label}`}${length}`;
  };
  return {
    ...chart,
    unit: '单位：日期（条形为时间段，菱形为单日）',
    description: `时间线，按时间顺序列出${rows.length}个事件：${rows.map(rowText).join('；')}。`,
    table: {
      caption: '事件与日期，按时间顺序',
      columns: ['事件', '日期', '天数', '依据'],
      rows: rows.map((r) => ({
        header: options.labels?.[items.indexOf(r.item)] ?? r.item.milestone.label,
        cells: [
          r.item.milestone.dateLabel,
          r.item.milestone.end && r.item.milestone.date.length === 10 && r.item.milestone.end.length === 10 ? computed(`${daysInclusive(r.item.milestone.date, r.item.milestone.end)}天`) : '—',
          `原文：“${r.item.milestone.source.quote}”`,
        ],
        href: datasetRowUrl(r.item.datasetId, r.item.milestone.id),
      })),
    },
  };
}
