import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { layout } from './layout.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { amountTick } from './zhLocale.ts';
import { rowFrame, rowLabels, labelLines, fitLabel, type Row } from './rowLayout.ts';
import { basisText, derivedMark, figureLabel, isDerived, subjectAndLabel } from './figureWords.ts';
import { textWidth } from '../svgText/textWidth.ts';
import { unitLabels } from '../format/formatFigure.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface CrossCaseOptions extends BuilderOptions {
  /** Short names of the rows, one per figure (default: subject · label). */
  labels?: readonly string[] | undefined;
}

interface CaseRow extends Row {
  figure: ChartFigure;
  atLeast: boolean;
  derived: boolean;
  /** Put the value label left of the dot when it would leave the frame. */
  labelLeft: boolean;
}

/**
 * Absolute figures of several cases side by side (25万 … 1.8亿) on a log
 * scale, as dots: lengths on a log axis mean nothing, positions do. Sorted
 * largest first. Lower bounds keep their 超 and a dashed tail to the right;
 * derived values are hollow and labelled 推算.
 */
export function crossCase(figures: readonly ChartFigure[], options: CrossCaseOptions): BuiltChart {
  assertChartInput('crossCase', figures.map(figureInput), options.labels);
  const unit = figures[0]!.entry.unit;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...figures.map((f) => f.entry.value))));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...figures.map((f) => f.entry.value)) * 1.0001));
  const span = layout.width - layout.marginLeft - layout.marginRight - 8;
  const xOf = (v: number) => (Math.log10(v / lo) / Math.log10(hi / lo)) * span;
  const rows: CaseRow[] = figures
    .map((figure, i) => {
      const { entry } = figure;
      const derived = isDerived(entry);
      const valueLabel = `${figureLabel(entry)}${derived ? ` ${derivedMark}` : ''}`;
      return {
        key: '',
        label: fitLabel(options.labels?.[i] ?? subjectAndLabel(entry)),
        value: entry.value,
        valueLabel,
        figure,
        atLeast: entry.kind === 'stated' && entry.bound === 'atLeast',
        derived,
        labelLeft: xOf(entry.value) + 30 + textWidth(valueLabel, layout.fontSize) > span,
      };
    })
    .map((r, i) => ({ ...r, order: i }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map(({ order: _order, ...r }, i) => ({ ...r, key: `r${i}` }));
  const frame = rowFrame(rows.length, labelLines(rows));
  const ticks: number[] = [];
  for (let t = lo; t <= hi * 1.0001; t *= 10) ticks.push(t);
  const tail = (r: CaseRow) => r.value * 10 ** (Math.log10(hi / lo) * 0.05);
  const chart = plotChart(options.id, {
    height: frame.height,
    marginLeft: layout.marginLeft + 8,
    x: { type: 'log', domain: [lo, hi], ticks, tickFormat: amountTick, label: `${unit === 'yuan' ? 'GMV' : '数值'}（${unitLabels[unit].name}，对数刻度：每格10倍）`, labelArrow: 'none', labelAnchor: 'left' },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.gridX({ ticks, stroke: palette.track, strokeOpacity: 1 }),
      Plot.link(rows.filter((r) => r.atLeast), { x1: 'value', x2: tail, y1: 'key', y2: 'key', dy: frame.markDy, stroke: palette.current, strokeWidth: 2, strokeDasharray: '3,3', className: markClass.currentStroke }),
      Plot.dot(rows.filter((r) => !r.derived), { x: 'value', y: 'key', dy: frame.markDy, r: 6, fill: palette.current, className: markClass.current }),
      Plot.dot(rows.filter((r) => r.derived), { x: 'value', y: 'key', dy: frame.markDy, r: 6, fill: 'white', stroke: palette.current, strokeWidth: 2, strokeDasharray: '2,2', className: markClass.derived }),
      rowLabels(rows, frame),
      Plot.text(rows.filter((r) => !r.labelLeft), { x: (r: CaseRow) => (r.atLeast ? tail(r) : r.value), y: 'key', text: 'valueLabel', dx: 10, dy: frame.markDy, textAnchor: 'start', fill: palette.text }),
      Plot.text(rows.filter((r) => r.labelLeft), { x: 'value', y: 'key', text: 'valueLabel', dx: -10, dy: frame.markDy, textAnchor: 'end', fill: palette.text }),
    ],
  });
  return {
    ...chart,
    unit: `单位：${unitLabels[unit].name}，对数刻度（每格10倍）`,
    description:
      `点图，对数刻度，比较${rows.length}个案例的${unit === 'yuan' ? 'GMV' : '数值'}，从大到小：` +
      rows.map((r) => `${r.label.replace('\n', ' · ')}${figureLabel(r.figure.entry)}${r.derived ? `（${derivedMark}）` : ''}`).join('；') +
      '。' + (rows.some((r) => r.atLeast) ? '“超”表示原文给出的是下限。' : ''),
    table: {
      caption: `各案例的${unit === 'yuan' ? 'GMV' : '数值'}，从大到小`,
      columns: ['案例', `数值（${unitLabels[unit].name}）`, '时期', '依据'],
      rows: rows.map((r) => ({ header: r.label.replace('\n', ' · '), cells: [figureLabel(r.figure.entry), r.figure.entry.period.label, basisText(r.figure.entry)], href: datasetRowUrl(r.figure.datasetId, r.figure.entry.id), derived: r.derived })),
    },
  };
}
