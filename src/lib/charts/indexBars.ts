import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { baselineRule, indexAxis } from './indexAxis.ts';
import { rowFrame, rowLabels, rowBars, derivedBars, labelLines, domainMaxForLabels, type Row } from './rowLayout.ts';
import { basisText, computed, derivedMark, growthText, growthWords, indexText, isDerived, sentence } from './figureWords.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface IndexBarsOptions extends BuilderOptions {
  /** Name of the earlier period, drawn at 100 (“上月”). */
  baselineLabel: string;
  /** Name of the later period (“8月日均”). */
  currentLabel: string;
  /** Names of the figures' subjects, when several are compared (default: each entry's subject). */
  labels?: readonly string[] | undefined;
}

interface IndexRow extends Row {
  role: 'baseline' | 'current';
  derived: boolean;
  figure: ChartFigure;
  growth: number;
}

/**
 * Earlier period = 100 → later period, for growth the source gives as a ratio
 * without absolutes (+126% → 226). Each figure is a `percentChange` entry (or
 * an `index` entry, read as is); the later bar carries the change as its label.
 */
export function indexBars(figures: readonly ChartFigure[], options: IndexBarsOptions): BuiltChart {
  assertChartInput('indexBars', figures.map(figureInput), options.labels);
  const many = figures.length > 1;
  const rows: IndexRow[] = figures.flatMap((figure, i) => {
    const { entry } = figure;
    const index = entry.unit === 'index' ? entry.value : 100 + entry.value;
    const growth = index - 100;
    const who = many ? `${options.labels?.[i] ?? entry.subject ?? entry.label} · ` : '';
    const derived = isDerived(entry);
    return [
      { key: `${i}-0`, role: 'baseline', label: `${who}${options.baselineLabel}`, value: 100, valueLabel: '100', derived: false, figure, growth },
      {
        key: `${i}-1`,
        role: 'current',
        label: `${who}${options.currentLabel}`,
        value: index,
        valueLabel: `${indexText(index)} · ${growthText(growth)}${derived ? ` ${derivedMark}` : ''}`,
        derived,
        figure,
        growth,
      },
    ] satisfies IndexRow[];
  });

  const frame = rowFrame(rows.length, labelLines(rows));
  const chart = plotChart(options.id, {
    height: frame.height,
    x: indexAxis(options.baselineLabel, domainMaxForLabels(rows), 100),
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      baselineRule(),
      rowBars(rows.filter((r) => r.role === 'baseline'), frame, { fill: palette.baseline, className: markClass.baseline }),
      rowBars(rows.filter((r) => r.role === 'current' && !r.derived), frame, { fill: palette.current, className: markClass.current }),
      derivedBars(rows.filter((r) => r.role === 'current' && r.derived), frame),
      rowLabels(rows, frame),
      Plot.text(rows, { x: 'value', y: 'key', text: 'valueLabel', dx: 6, dy: frame.markDy, textAnchor: 'start', fill: palette.text }),
    ],
  });
  return {
    ...chart,
    unit: `单位：指数（${options.baselineLabel} = 100）`,
    description: describeIndexBars(figures, options),
    table: {
      caption: `指数（${options.baselineLabel} = 100）与增长率`,
      columns: ['对象与时期', `指数（${options.baselineLabel} = 100）`, '变化', '依据'],
      rows: rows.map((r) => ({
        header: r.role === 'baseline' ? `${r.figure.entry.subject ?? ''}${r.figure.entry.subject ? ' · ' : ''}${options.baselineLabel}` : `${r.figure.entry.subject ?? ''}${r.figure.entry.subject ? ' · ' : ''}${options.currentLabel}`,
        cells: [indexText(r.value), r.role === 'baseline' ? '基期' : growthText(r.growth), r.role === 'baseline' ? `基期设为100` : basisText(r.figure.entry)],
        href: r.role === 'current' ? datasetRowUrl(r.figure.datasetId, r.figure.entry.id) : undefined,
        derived: r.derived,
      })),
    },
  };
}

/** The long description: what is compared, the values, the change. */
export function describeIndexBars(figures: readonly ChartFigure[], options: Pick<IndexBarsOptions, 'baselineLabel' | 'currentLabel'>): string {
  const parts = figures.map(({ entry }) => {
    const index = entry.unit === 'index' ? entry.value : 100 + entry.value;
    return sentence(
      `${entry.subject ? `${entry.subject}的` : ''}${entry.label}（${entry.period.label}）`,
      `以${options.baselineLabel}为100`,
      entry.unit === 'index' ? `${options.currentLabel}为${indexText(index)}` : computed(`${options.currentLabel}为${indexText(index)}`),
      `即${growthWords(index - 100)}${entry.kind === 'derived' ? `（${derivedMark}：${entry.formulaText}）` : ''}`,
    );
  });
  return `条形图，比较${options.baselineLabel}与${options.currentLabel}。${parts.join('')}`;
}
