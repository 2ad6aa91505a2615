import * as Plot from '@observablehq/plot';
import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import { palette, markClass } from './palette.ts';
import { plotChart } from './plotChart.ts';
import { plainTick } from './zhLocale.ts';
import { basisText, computed, derivedMark, figureLabel, sentence } from './figureWords.ts';
import { formatNumberCN } from '../format/formatNumberCN.ts';
import { unitLabels } from '../format/formatFigure.ts';
import { datasetRowUrl } from '../urls.ts';
import { assertChartInput, figureInput } from './chartInput.ts';

export interface BulletOptions extends BuilderOptions {
  /** Names of before, after and threshold (default: the part of each label in brackets, or the label). */
  labels?: readonly string[] | undefined;
}

/**
 * Default names: “店铺评分(整改前)” → “整改前” for before and after (the part
 * that tells the two apart), “原文对照的分数(距离…)” → “原文对照的分数” for the threshold.
 */
function shortName(label: string, role: 'point' | 'threshold'): string {
  const bracket = /^(.*?)[(（]([^)）]+)[)）]\s*$/.exec(label);
  if (!bracket) return label;
  return role === 'point' ? bracket[2]! : bracket[1]!;
}

/**
 * Before → after against a threshold on one scale (卡丹路's score 4.4 → 4.58
 * against the 4.6 line). Positions, not lengths, so the axis spans the values
 * with a margin rather than starting at 0; its ticks say so.
 */
export function bullet(figures: readonly ChartFigure[], options: BulletOptions): BuiltChart {
  assertChartInput('bullet', figures.map(figureInput), options.labels);
  const [before, after, threshold] = figures as [ChartFigure, ChartFigure, ChartFigure];
  const unit = before.entry.unit;
  const names = figures.map((f, i) => options.labels?.[i] ?? shortName(f.entry.label, i < 2 ? 'point' : 'threshold')) as [string, string, string];
  const values = figures.map((f) => f.entry.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = niceStep((hi - lo) / 2 || Math.abs(hi) / 10 || 1);
  const domain: [number, number] = [Math.floor(lo / step) * step - step, Math.ceil(hi / step) * step + step];
  const ticks: number[] = [];
  for (let t = domain[0]; t <= domain[1] + step / 2; t += step) ticks.push(Number(t.toFixed(6)));
  const height = 150;
  const points = [
    { name: names[0], value: before.entry.value, text: `${names[0]} ${figureLabel(before.entry)}` },
    { name: names[1], value: after.entry.value, text: `${names[1]} ${figureLabel(after.entry)}` },
  ];
  const chart = plotChart(options.id, {
    height,
    marginTop: 34,
    marginBottom: 40,
    marginLeft: 24,
    marginRight: 24,
    x: { domain, ticks, tickFormat: plainTick, label: unitLabels[unit].name === '分' ? '评分（分）' : unitLabels[unit].name, labelArrow: 'none', labelAnchor: 'left' },
    y: { domain: [0, 1], axis: null },
    marks: [
      Plot.rectY([0], { x1: domain[0], x2: domain[1], y1: 0.35, y2: 0.65, fill: palette.track, className: markClass.track }),
      Plot.ruleX([threshold.entry.value], { y1: 0.28, y2: 0.82, stroke: palette.accent, strokeWidth: 3, className: markClass.accentStroke }),
      Plot.text([`${names[2]} ${figureLabel(threshold.entry)}`], { x: threshold.entry.value, y: 0.85, dy: -12, text: (d: string) => d, fill: palette.text, textAnchor: 'middle' }),
      Plot.arrow([0], { x1: before.entry.value, x2: after.entry.value, y1: 0.5, y2: 0.5, stroke: palette.current, strokeWidth: 2, inset: 8, className: markClass.currentStroke }),
      Plot.dot([points[0]!], { x: 'value', y: () => 0.5, r: 6, fill: 'white', stroke: palette.baseline, strokeWidth: 2, className: markClass.baseline }),
      Plot.dot([points[1]!], { x: 'value', y: () => 0.5, r: 6, fill: palette.current, className: markClass.current }),
      Plot.text(points, { x: 'value', y: () => 0.15, dy: 4, text: 'text', fill: palette.text, textAnchor: 'middle' }),
    ],
  });
  const gap = threshold.entry.value - after.entry.value;
  const rise = after.entry.value - before.entry.value;
  const suffix = unitLabels[unit].suffix;
  return {
    ...chart,
    unit: `单位：${unitLabels[unit].name}`,
    description:
      `子弹图，${names[0]}与${names[1]}对照${names[2]}。` +
      sentence(
        `${names[0]}${figureLabel(before.entry)}`,
        `${names[1]}${figureLabel(after.entry)}（${rise >= 0 ? '提高' : '降低'}${formatNumberCN(Math.abs(rise))}${suffix}，${derivedMark}）`,
        `${names[2]}${figureLabel(threshold.entry)}`,
        gap > 0 ? computed(`距${names[2]}还差${formatNumberCN(gap)}${suffix}`) : `已达到${names[2]}`,
      ),
    table: {
      caption: `${names[0]}、${names[1]}与${names[2]}`,
      columns: ['项目', `数值（${unitLabels[unit].name}）`, '依据'],
      rows: figures.map((f, i) => ({
        header: names[i]!,
        cells: [figureLabel(f.entry), basisText(f.entry)],
        href: datasetRowUrl(f.datasetId, f.entry.id),
        derived: f.entry.kind === 'derived',
      })),
    },
  };
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}
