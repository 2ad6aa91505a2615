import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { scaleLinear } from 'd3';
import { amountTick, percentTick } from './zhLocale.ts';
import { textWidth } from '../svgText/textWidth.ts';
import { layout } from './layout.ts';
import { basisText, computed, derivedMark, figureLabel, isDerived, sentence } from './figureWords.ts';
import { unitLabels } from '../format/formatFigure.ts';
import { formatNumberCN } from '../format/formatNumberCN.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface SlopeOptions extends BuilderOptions {
  /** Names of the two moments (default: each entry's period). */
  labels?: readonly string[] | undefined;
}

/**
 * Two values of one measure over time, joined by a line (providers' share of
 * belt merchants' GMV, 7% → 20% over 2021). The axis starts at 0 so the rise
 * is drawn to scale; the change is written in percentage points for shares.
 */
export function slope(figures: readonly ChartFigure[], options: SlopeOptions): BuiltChart {
  assertChartInput('slope', figures.map(figureInput), options.labels);
  const [a, b] = figures as [ChartFigure, ChartFigure];
  const unit = a.entry.unit;
  const isPercent = unit === 'percent' || unit === 'percentChange';
  const points = figures.map((f, i) => ({
    key: options.labels?.[i] ?? f.entry.period.label,
    value: f.entry.value,
    label: `${figureLabel(f.entry)}${isDerived(f.entry) ? ` ${derivedMark}` : ''}`,
    derived: isDerived(f.entry),
    figure: f,
  }));
  const change = b.entry.value - a.entry.value;
  const changeText = `${change >= 0 ? '+' : '-'}${formatNumberCN(Math.abs(change))}${isPercent ? '个百分点' : unitLabels[unit].suffix}`;
  const max = Math.max(a.entry.value, b.entry.value);
  const height = 240;
  // Amounts are written the Chinese way (1.5亿), and the left margin is as wide as the widest tick.
  const tickFormat = isPercent ? percentTick : amountTick;
  const yTicks = scaleLinear().domain([0, max * 1.15]).nice().ticks(4);
  const marginLeft = Math.max(44, Math.ceil(Math.max(...yTicks.map((t) => textWidth(tickFormat(t), layout.fontSize)))) + 14);
  const chart = plotChart(options.id, {
    height,
    marginTop: 28,
    marginBottom: 36,
    marginLeft,
    marginRight: 72,
    x: { type: 'point', domain: points.map((p) => p.key), padding: 0.1, label: null, tickSize: 0 },
    y: {
      domain: [0, max * 1.15],
      nice: true,
      ticks: 4,
      tickFormat,
      grid: true,
      label: null,
    },
    marks: [
      Plot.ruleY([0], { stroke: palette.text }),
      Plot.line(points, { x: 'key', y: 'value', stroke: palette.current, strokeWidth: 3, className: markClass.currentStroke }),
      Plot.dot(points.filter((p) => !p.derived), { x: 'key', y: 'value', r: 6, fill: palette.current, stroke: 'white', strokeWidth: 1.5, className: markClass.current }),
      // A computed end point is hollow and dashed, as derived values are in every chart.
      Plot.dot(points.filter((p) => p.derived), { x: 'key', y: 'value', r: 6, fill: 'white', stroke: palette.current, strokeWidth: 2, strokeDasharray: '2,2', className: markClass.derived }),
      // The first label runs rightwards from its dot and the last leftwards, so neither reaches the y axis or the edge.
      Plot.text(points.slice(0, 1), { x: 'key', y: 'value', text: 'label', dy: -16, dx: -6, textAnchor: 'start', fill: palette.text, fontWeight: 'bold' }),
      Plot.text(points.slice(1), { x: 'key', y: 'value', text: 'label', dy: -16, dx: 6, textAnchor: 'end', fill: palette.text, fontWeight: 'bold' }),
      Plot.text([changeText], { frameAnchor: 'top', dy: -18, text: (d: string) => `变化 ${d}`, fill: palette.muted, className: markClass.muted }),
    ],
  });
  const unitName = isPercent ? '%' : unitLabels[unit].name;
  return {
    ...chart,
    unit: `单位：${unitName}`,
    description:
      `折线图，${a.entry.label.replace(/[(（].*[)）]$/, '')}从${points[0]!.key}到${points[1]!.key}的变化。` +
      sentence(`${points[0]!.key}为${figureLabel(a.entry)}`, `${points[1]!.key}为${figureLabel(b.entry)}`, computed(`${change >= 0 ? '上升' : '下降'}${formatNumberCN(Math.abs(change))}${isPercent ? '个百分点' : unitLabels[unit].suffix}`)),
    table: {
      caption: `${a.entry.label.replace(/[(（].*[)）]$/, '')}：两个时点`,
      columns: ['时点', unitName === '%' ? '数值' : `数值（${unitName}）`, '依据'],
      rows: [
        ...points.map((p) => ({
          header: p.key,
          cells: [figureLabel(p.figure.entry), basisText(p.figure.entry)],
          href: datasetRowUrl(p.figure.datasetId, p.figure.entry.id),
          derived: p.derived,
        })),
        { header: '变化', cells: [changeText, `${derivedMark}：${figureLabel(b.entry)} − ${figureLabel(a.entry)}`], derived: true },
      ],
    },
  };
}
