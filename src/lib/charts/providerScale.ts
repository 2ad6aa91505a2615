import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { amountTick } from './zhLocale.ts';
import { rowFrame, rowLabels, rowBars, derivedBars, labelLines, domainMaxForLabels, type Row } from './rowLayout.ts';
import { basisText, derivedMark, figureLabel, isDerived } from './figureWords.ts';
import { unitLabels } from '../format/formatFigure.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface ProviderScaleOptions extends BuilderOptions {
  /** Names of the providers, one per figure (default: each entry's subject). */
  labels?: readonly string[] | undefined;
}

interface ScaleRow extends Row {
  figure: ChartFigure;
  atLeast: boolean;
  derived: boolean;
}

/** How far past its bar a lower bound's dashed “and more” runs, in x units of the frame width. */
const openEnd = 0.06;

/**
 * Merchants served by each provider (165, 700+, 1300+), on one linear scale
 * from 0. A lower bound keeps its 超 in the label and its bar runs on as a
 * dashed open end, so “at least 700” never reads as “700”.
 */
export function providerScale(figures: readonly ChartFigure[], options: ProviderScaleOptions): BuiltChart {
  assertChartInput('providerScale', figures.map(figureInput), options.labels);
  const unit = figures[0]!.entry.unit;
  const rows: ScaleRow[] = figures.map((figure, i) => {
    const { entry } = figure;
    const derived = isDerived(entry);
    return {
      key: `r${i}`,
      label: options.labels?.[i] ?? entry.subject ?? entry.label,
      value: entry.value,
      valueLabel: `${figureLabel(entry)}${derived ? ` ${derivedMark}` : ''}`,
      figure,
      atLeast: entry.kind === 'stated' && entry.bound === 'atLeast',
      derived,
    };
  });
  const frame = rowFrame(rows.length, labelLines(rows));
  // Room for the open end and the label after it.
  const max = domainMaxForLabels(rows.map((r) => ({ ...r, valueLabel: `${r.valueLabel}${r.atLeast ? '—' : ''}` }))) * (1 + openEnd);
  const ext = max * openEnd;
  const chart = plotChart(options.id, {
    height: frame.height,
    x: { domain: [0, max], ticks: 4, tickFormat: amountTick, label: `${unitLabels[unit].name === '家' ? '服务商家数' : '数量'}（${unitLabels[unit].name}）`, labelArrow: 'none', labelAnchor: 'left' },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.gridX({ ticks: 4, stroke: palette.track, strokeOpacity: 1 }),
      rowBars(rows.filter((r) => !r.derived), frame, { fill: palette.current, className: markClass.current }),
      derivedBars(rows.filter((r) => r.derived), frame),
      Plot.link(rows.filter((r) => r.atLeast), {
        x1: 'value',
        x2: (r: ScaleRow) => r.value + ext,
        y1: 'key',
        y2: 'key',
        dy: frame.markDy,
        stroke: palette.current,
        strokeWidth: 3,
        strokeDasharray: '3,3',
        className: markClass.currentStroke,
      }),
      rowLabels(rows, frame),
      Plot.text(rows, {
        x: (r: ScaleRow) => r.value + (r.atLeast ? ext : 0),
        y: 'key',
        text: 'valueLabel',
        dx: 6,
        dy: frame.markDy,
        textAnchor: 'start',
        fill: palette.text,
      }),
    ],
  });
  const anyLowerBound = rows.some((r) => r.atLeast);
  return {
    ...chart,
    unit: `单位：${unitLabels[unit].name}${anyLowerBound ? '（“超”表示原文给出的是下限，虚线表示实际可能更多）' : ''}`,
    description:
      `条形图，比较${rows.map((r) => r.label).join('、')}的${unitLabels[unit].name === '家' ? '服务商家数' : '规模'}。` +
      rows.map((r) => `${r.label}${figureLabel(r.figure.entry)}${r.derived ? `（${derivedMark}）` : ''}`).join('，') +
      '。' +
      (anyLowerBound ? '“超”表示原文给出的是下限。' : ''),
    table: {
      caption: `${rows.map((r) => r.label).join('、')}的规模`,
      columns: ['对象', `数值（${unitLabels[unit].name}）`, '依据'],
      rows: rows.map((r) => ({ header: r.label, cells: [figureLabel(r.figure.entry), basisText(r.figure.entry)], href: datasetRowUrl(r.figure.datasetId, r.figure.entry.id), derived: r.derived })),
    },
  };
}
