import * as Plot from '@observablehq/plot';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { baselineRule, indexAxis } from './indexAxis.ts';
import { rowFrame, rowLabels, rowBars, derivedBars, labelLines, fitLabel, domainMaxForLabels, type Row } from './rowLayout.ts';
import { basisText, derivedMark, growthText, growthWords, indexText, isDerived, sentence } from './figureWords.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface MultiBaselineOptions extends BuilderOptions {
  /** Name of the baseline period, drawn at 100 (“6月”). */
  baselineLabel: string;
  /** Short names of the later periods, one per figure (default: each entry's period). */
  labels?: readonly string[] | undefined;
}

interface BaselineRow extends Row {
  /** The period's name alone (the label may add stated changes). */
  name: string;
  figure?: ChartFigure;
  derived: boolean;
  /** Stated growth rates that this row's index restates, vs which earlier row. */
  stated: { over: string; growth: ResolvedEntry }[];
}

/** Growths within a hundredth of a point are the same figure, rounded. */
const sameGrowth = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * Several baselines against one later period (乐栩: 6月 = 100, 7月, the 818
 * window). Figures are `index` entries in time order; the first baseline is
 * 100. A derived index is drawn outlined and labelled 推算, with its formula
 * in the table. A change between two rows is written only when the dataset
 * states it (a `percentChange` entry that the indexes reproduce): nothing is
 * computed into a new claim.
 */
export function multiBaseline(figures: readonly ChartFigure[], options: MultiBaselineOptions): BuiltChart {
  assertChartInput('multiBaseline', figures.map(figureInput), options.labels);

  const rows: BaselineRow[] = [{ key: 'r0', name: options.baselineLabel, label: options.baselineLabel, value: 100, valueLabel: '100', derived: false, stated: [] }];
  figures.forEach((figure, i) => {
    const { entry } = figure;
    const label = options.labels?.[i] ?? entry.period.label;
    const derived = isDerived(entry);
    const stated: BaselineRow['stated'] = [];
    for (const earlier of rows) {
      const growth = (entry.value / earlier.value - 1) * 100;
      const match = figure.siblings.find((s) => s.unit === 'percentChange' && s.kind === 'stated' && sameGrowth(s.value, growth) && s.period.label === entry.period.label);
      if (match) stated.push({ over: earlier.name, growth: match });
    }
    rows.push({
      key: `r${i + 1}`,
      name: label,
      label: fitLabel(label + (stated.length ? ` · ${stated.map((s) => `较${s.over}${growthText(s.growth.value)}`).join('，')}` : '')),
      value: entry.value,
      valueLabel: `${indexText(entry.value)}${derived && !stated.length ? ` ${derivedMark}` : ''}`,
      figure,
      derived: derived && !stated.length,
      stated,
    });
  });

  const frame = rowFrame(rows.length, labelLines(rows));
  const max = domainMaxForLabels(rows);
  const chart = plotChart(options.id, {
    height: frame.height,
    x: indexAxis(options.baselineLabel, max, 50),
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      baselineRule(),
      rowBars(rows.slice(0, 1), frame, { fill: palette.baseline, className: markClass.baseline }),
      rowBars(rows.slice(1).filter((r) => !r.derived), frame, { fill: palette.current, className: markClass.current }),
      derivedBars(rows.filter((r) => r.derived), frame),
      rowLabels(rows, frame),
      Plot.text(rows, { x: 'value', y: 'key', text: 'valueLabel', dx: 6, dy: frame.markDy, textAnchor: 'start', fill: palette.text }),
    ],
  });

  return {
    ...chart,
    unit: `单位：指数（${options.baselineLabel} = 100）`,
    description: describeMultiBaseline(rows, options.baselineLabel),
    table: {
      caption: `以${options.baselineLabel}为100的指数`,
      columns: ['时期', `指数（${options.baselineLabel} = 100）`, '依据'],
      rows: rows.map((r) => ({
        header: r.figure ? (options.labels?.[rows.indexOf(r) - 1] ?? r.figure.entry.period.label) : options.baselineLabel,
        cells: [
          indexText(r.value),
          !r.figure
            ? '基期设为100'
            : r.stated.length
              ? r.stated.map((s) => `较${s.over}${growthText(s.growth.value)}（${basisText(s.growth)}）`).join('；')
              : basisText(r.figure.entry),
        ],
        href: r.figure ? datasetRowUrl(r.figure.datasetId, r.figure.entry.id) : undefined,
        derived: r.derived,
      })),
    },
  };
}

function describeMultiBaseline(rows: readonly BaselineRow[], baselineLabel: string): string {
  const [, ...later] = rows;
  const parts = later.map((r) => {
    const name = r.name;
    if (r.derived && r.figure?.entry.kind === 'derived')
      return sentence(`${name}为${indexText(r.value)}`, `${growthWords(r.value - 100)}，这是由原文数字${derivedMark}的值（${r.figure.entry.formulaText}）`);
    return sentence(`${name}为${indexText(r.value)}`, ...r.stated.map((s) => `较${s.over}${growthWords(s.growth.value)}`));
  });
  return `条形图，以${baselineLabel}为100，比较${rows.map((r) => r.name).join('、')}的指数。${parts.join('')}`;
}
