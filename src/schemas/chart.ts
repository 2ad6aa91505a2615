import { z } from 'astro/zod';
import { figureRefSchema } from './figureRef.ts';

/** A milestone cited as `<dataset-id>/<milestone-id>`. */
export const milestoneRefSchema = figureRefSchema;

const common = {
  /** Chart title, in Chinese: says what is compared. */
  title: z.string().min(1),
  /** One line: what the reader should take away, in Chinese, with no number typed (the chart shows them). */
  takeaway: z.string().min(1),
  /** Optional short names for the chart's rows, one per figure (or milestone), in order; default: each entry's own label. */
  labels: z.array(z.string().min(1)).optional(),
  /** Optional line under the chart, in Chinese: what it leaves out and why (“原文没有给出……”). */
  note: z.string().min(1).optional(),
};

/**
 * A chart placed on a page. Each type has its builder in `src/lib/charts/`;
 * figures are cited from datasets, never typed.
 */
export const chartSpecSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...common,
      /** Earlier period = 100 → later period, one pair per growth figure (percentChange entries). */
      type: z.literal('indexBars'),
      figures: z.array(figureRefSchema).min(1),
      /** Name of the earlier period (“上月”). */
      baselineLabel: z.string().min(1),
      /** Name of the later period (“8月日均”). */
      currentLabel: z.string().min(1),
    }),
    z.strictObject({
      ...common,
      /** Several baselines against one later period: index entries in time order, the first baseline = 100. */
      type: z.literal('multiBaseline'),
      figures: z.array(figureRefSchema).min(2),
      /** Name of the baseline period that is 100 (“6月”). */
      baselineLabel: z.string().min(1),
    }),
    z.strictObject({
      ...common,
      /** Two values of one measure over time (percent entries). */
      type: z.literal('slope'),
      figures: z.array(figureRefSchema).length(2),
    }),
    z.strictObject({
      ...common,
      /** Before → after against a threshold: figures are [before, after, threshold]. */
      type: z.literal('bullet'),
      figures: z.array(figureRefSchema).length(3),
    }),
    z.strictObject({
      ...common,
      /** Big-number tiles (HTML). */
      type: z.literal('tiles'),
      figures: z.array(figureRefSchema).min(1),
    }),
    z.strictObject({
      ...common,
      /** Absolute figures of several cases side by side on a log scale. */
      type: z.literal('crossCase'),
      figures: z.array(figureRefSchema).min(2),
    }),
    z.strictObject({
      ...common,
      /** Merchants served by each provider; lower bounds keep their 超. */
      type: z.literal('providerScale'),
      figures: z.array(figureRefSchema).min(1),
    }),
    z.strictObject({
      ...common,
      /** Dated events and windows, as `<dataset>/<milestone>`. */
      type: z.literal('timeline'),
      milestones: z.array(milestoneRefSchema).min(1),
    }),
  ],
  { error: 'expected type to be one of: indexBars, multiBaseline, slope, bullet, tiles, crossCase, providerScale, timeline' },
);
export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ChartType = ChartSpec['type'];

/** What a chart cites: its milestones for a timeline, its figures for every other type. */
export function chartRefs(chart: ChartSpec): readonly string[] {
  return chart.type === 'timeline' ? chart.milestones : chart.figures;
}
