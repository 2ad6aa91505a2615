import { z } from 'astro/zod';
import { figureRefSchema } from './figureRef.ts';

/** A milestone cited as `<dataset-id>/<milestone-id>`. */
export const milestoneRefSchema = figureRefSchema;

const common = {
  /** Chart title, in Chinese: says what is compared. */
  title: z.string().min(1).describe('图表标题，中文，说明比较的是什么。'),
  /** One line: what the reader should take away, in Chinese, with no number typed (the chart shows them). */
  takeaway: z.string().min(1).describe('一句话：读者应该看出什么，中文，不打数字（数字由图表显示）。'),
  /** Optional short names for the chart's rows, one per figure (or milestone), in order; default: each entry's own label. */
  labels: z.array(z.string().min(1)).optional().describe('可选：每一行的短名称，与 figures（或 milestones）一一对应；不写就用条目自己的 label。'),
  /** Optional line under the chart, in Chinese: what it leaves out and why (“原文没有给出……”). */
  note: z.string().min(1).optional().describe('可选：图下的一行说明，写图中缺了什么、为什么（“原文没有给出……”）。'),
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
      type: z.literal('indexBars').describe('增长指数柱：前期 = 100 → 后期。'),
      figures: z.array(figureRefSchema).min(1).describe('增长率条目（unit 为 percentChange），每个画一对柱。'),
      /** Name of the earlier period (“上月”). */
      baselineLabel: z.string().min(1).describe('前期的名称，例如“上月”。'),
      /** Name of the later period (“8月日均”). */
      currentLabel: z.string().min(1).describe('后期的名称，例如“活动当天”。'),
    }),
    z.strictObject({
      ...common,
      /** Several baselines against one later period: index entries in time order, the first baseline = 100. */
      type: z.literal('multiBaseline').describe('多基期比较：几个基期对同一个后期。'),
      figures: z.array(figureRefSchema).min(2).describe('指数条目（unit 为 index），按时间顺序，至少两个。'),
      /** Name of the baseline period that is 100 (“6月”). */
      baselineLabel: z.string().min(1).describe('等于 100 的基期名称，例如“6月”。'),
    }),
    z.strictObject({
      ...common,
      /** Two values of one measure over time (percent entries). */
      type: z.literal('slope').describe('前后对比：同一指标的两个时点。'),
      figures: z.array(figureRefSchema).length(2).describe('恰好两个占比条目（unit 为 percent）：之前、之后。'),
    }),
    z.strictObject({
      ...common,
      /** Before → after against a threshold: figures are [before, after, threshold]. */
      type: z.literal('bullet').describe('对照目标线：之前 → 之后，对照一个门槛。'),
      figures: z.array(figureRefSchema).length(3).describe('恰好三个条目：[之前, 之后, 门槛]。'),
    }),
    z.strictObject({
      ...common,
      /** Big-number tiles (HTML). */
      type: z.literal('tiles').describe('大数字卡片。'),
      figures: z.array(figureRefSchema).min(1).describe('要显示的数字，至少一个。'),
    }),
    z.strictObject({
      ...common,
      /** Absolute figures of several cases side by side on a log scale. */
      type: z.literal('crossCase').describe('跨案例对比：几个案例的绝对数，对数刻度。'),
      figures: z.array(figureRefSchema).min(2).describe('同一单位的绝对数，至少两个。'),
    }),
    z.strictObject({
      ...common,
      /** Merchants served by each provider; lower bounds keep their 超. */
      type: z.literal('providerScale').describe('服务商规模：各服务商服务的商家数。'),
      figures: z.array(figureRefSchema).min(1).describe('各服务商的商家数条目（unit 为 merchants）。'),
    }),
    z.strictObject({
      ...common,
      /** Dated events and windows, as `<dataset>/<milestone>`. */
      type: z.literal('timeline').describe('时间线：日期和时间段。'),
      milestones: z.array(milestoneRefSchema).min(1).describe('日期，写成 <数据集id>/<日期id>（数据集 milestones 里的 id）。'),
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
