import { z } from 'astro/zod';
import { entityId } from './refs.ts';

/**
 * Units a figure can carry. Each one knows how it is written in Chinese
 * (see `src/lib/format/formatFigure.ts`).
 */
export const unitValues = [
  'yuan', // 元, money
  'percentChange', // +126%: a growth rate
  'percent', // 7%: a share
  'multiple', // 2.5倍
  'hours', // 小时
  'plays', // 次
  'merchants', // 家
  'accounts', // 个 (accounts, shops)
  'people', // 人
  'products', // 款
  'score', // 分
  'index', // an index where the baseline is 100
  'points', // 个百分点: a difference between two percentages
  'rank', // 名
  'days', // 天
  'year', // a calendar year, e.g. 2013
  'pieces', // 件 (garments, parcels, goods sold)
  'orders', // 单
  'rooms', // 间 (shops, live-streaming rooms, stalls)
  'count', // 个, for anything counted that has no unit of its own
  'visits', // 人次: people counted once per visit or view
] as const;
export const unitSchema = z
  .enum(unitValues)
  .describe('单位，从可选值里选，例如 yuan 元、percentChange 增长率、merchants 家；全部单位见编辑指南 content/README.md。');
export type Unit = z.output<typeof unitSchema>;

/**
 * How exact a stated figure is: “突破1450万” (超, 以上, 多) is a lower bound,
 * “近40” (不到, 不足) a value just under the number, “约5.4万亿” an approximation.
 */
export const boundValues = ['exact', 'about', 'atLeast', 'atMost'] as const;
export const boundSchema = z
  .enum(boundValues)
  .describe('原文的说法有多精确：exact 确数（默认）；about “约、左右”；atLeast “突破、超过、以上、多”；atMost “近、不到、不足”。');
export type Bound = z.output<typeof boundSchema>;

/** An ISO calendar date, to the year, month or day (2021, 2021-07, 2022-08-14). */
export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('日期：YYYY、YYYY-MM 或 YYYY-MM-DD，只写到原文给出的精度。');

/** Where a figure was stated: a source document and the exact words. */
export const citationSchema = z.strictObject({
  /** Id of a document in `content/sources/`. */
  document: entityId.describe('原文 id：content/sources/ 里的文件名（不含 .json）。'),
  /** The words of the document that state the figure, copied character for character. */
  quote: z.string().min(2).describe('原文中说出这个数字的句子，逐字复制（连标点也要一致）。'),
  /**
   * For a stated entry whose quote holds several numbers: the exact words of
   * the one the entry takes, as the quote writes them (“61.23%”, “年末的20%”).
   * The check compares that number with `value`, `valueMax`, `unit` and `bound`.
   */
  figure: z.string().min(1).optional().describe('引文里有几个数字时，照原文写出这条数据取的那一个，例如“20%”。'),
});
export type Citation = z.output<typeof citationSchema>;

/** The time a figure refers to. */
export const periodSchema = z.strictObject({
  /** How the period is written on the page, in Chinese (“2022年7月25日–8月23日”). */
  label: z.string().min(1).describe('页面上显示的时间写法，中文，例如“2022年7月”。'),
  /** First day (or month, or year) of the period. */
  start: isoDate.optional().describe('开始的日（或月、年）。'),
  /** Last day of the period, inclusive; omit for a single day. */
  end: isoDate.optional().describe('结束的一天（含）；只有一天就不写。'),
});
export type Period = z.output<typeof periodSchema>;

/**
 * A formula for a derived entry. Each names the entries it reads by id;
 * `src/lib/formula/resolveEntries.ts` computes the value, so it is never typed by hand.
 */
export const formulaSchema = z.discriminatedUnion('op', [
  z.strictObject({
    /** 100 × (1 + g/100): the later period as an index where the earlier one is 100. */
    op: z.literal('indexFromGrowth'),
    /** Id of a `percentChange` entry. */
    growth: entityId.describe('增长率条目的 id（unit 为 percentChange）。'),
  }),
  z.strictObject({
    /** 100 × (1 + a/100) / (1 + b/100): where period B stands when period A = 100, given growth of one later period over both. */
    op: z.literal('indexBetweenBaselines'),
    /** Growth of the later period over the earlier baseline (e.g. vs June). */
    overEarlier: entityId.describe('后期相对较早基期的增长率条目 id（例如比6月）。'),
    /** Growth of the later period over the nearer baseline (e.g. vs July). */
    overNearer: entityId.describe('后期相对较近基期的增长率条目 id（例如比7月）。'),
  }),
  z.strictObject({
    /** value ÷ multiple: the earlier absolute from a later absolute and a stated multiple. */
    op: z.literal('divideByMultiple'),
    value: entityId.describe('后期绝对数条目的 id。'),
    multiple: entityId.describe('倍数条目的 id。'),
  }),
  z.strictObject({
    /** later − earlier, in the entries' own unit (percentage points for shares). */
    op: z.literal('difference'),
    earlier: entityId.describe('较早的条目 id。'),
    later: entityId.describe('较晚的条目 id。'),
  }),
]);
export type Formula = z.output<typeof formulaSchema>;

const entryBase = {
  /** Stable id inside the dataset (ASCII); figures are cited as `<dataset>/<entry>`. */
  id: entityId.describe('条目 id：小写英文、数字和连字符，在数据集内唯一；引用时写 <数据集id>/<条目id>。'),
  /** What the figure is, in Chinese (“单日GMV环比增长”). */
  label: z.string().min(1).describe('这个数字是什么，中文，例如“单日GMV环比增长”。'),
  /** The time it refers to. */
  period: periodSchema.describe('数字所指的时间。'),
  /** Unit of the value. */
  unit: z.lazy(() => unitSchema),
  /** Whose figure it is, when the dataset covers several subjects (a merchant, a provider). */
  subject: z.string().min(1).optional().describe('数字属于谁（商家、服务商），数据集涉及几个主体时填写。'),
};

/** A figure the source states. */
export const statedEntrySchema = z.strictObject({
  ...entryBase,
  kind: z.literal('stated').describe('stated：原文直接给出的数字。'),
  /** The number, in the unit's base (yuan, not 万元): 14500000 for “1450万”. */
  value: z.number({ error: 'expected a number (e.g. 14500000), not text' }).describe('数值，按基本单位写数字：3万元写 30000，12.5% 写 12.5，2.5倍写 2.5。'),
  /** Upper end, when the source gives a range (“2~3款”). */
  valueMax: z.number({ error: 'expected a number, not text' }).optional().describe('原文给出范围（“2~3款”）时的上限；value 写下限。'),
  /** Whether the source gives the value exactly (omit), about (约), as a lower bound (超, 突破, 以上) or just under it (近, 不到). */
  bound: boundSchema.default('exact'),
  /** The quote that states it. */
  source: citationSchema.describe('出处：原文 id 和逐字引文。'),
});

/** A figure computed from stated ones; its value is never stored. */
export const derivedEntrySchema = z.strictObject({
  ...entryBase,
  kind: z.literal('derived').describe('derived：由其他条目推算的数字，不写 value。'),
  /** How to compute it from other entries of the same dataset. */
  formula: formulaSchema.describe('计算方式，用到的条目按 id 引用。'),
  /**
   * One line on how the formula reads the source, when the words allow more
   * than one reading, in Chinese and without typed numbers. The formula text
   * itself is written by `src/lib/formula/formulaText.ts` from the values.
   */
  note: z.string().min(1).optional().describe('可选：原文的说法有两种理解时，一句话说明按哪种理解计算（不打数字）。'),
});

export const entrySchema = z.discriminatedUnion('kind', [statedEntrySchema, derivedEntrySchema], {
  error: 'expected kind "stated" (with value and source) or "derived" (with formula)',
});
export type Entry = z.output<typeof entrySchema>;
export type StatedEntry = z.output<typeof statedEntrySchema>;
export type DerivedEntry = z.output<typeof derivedEntrySchema>;

/** A dated event the source gives (a founding, a start, a campaign window). */
export const milestoneSchema = z.strictObject({
  /** Stable id inside the dataset. */
  id: entityId.describe('日期 id，在数据集内唯一；引用时写 :date[<数据集id>/<日期id>]。'),
  /** What happened, in Chinese. */
  label: z.string().min(1).describe('发生了什么，中文。'),
  /** When, with the precision the source gives. */
  date: isoDate,
  /** Last day, for an event that lasts (a campaign window), inclusive. */
  end: isoDate.optional().describe('持续一段时间的事件（例如活动期）的最后一天（含）。'),
  /** How the date is written on the page (“2020年10月底”). */
  dateLabel: z.string().min(1).describe('页面上显示的日期写法，例如“2020年10月底”。'),
  /** The quote that states it. */
  source: citationSchema.describe('出处：原文 id 和逐字引文。'),
});
export type Milestone = z.output<typeof milestoneSchema>;

/**
 * A relation between stated figures that the build verifies (rule 4):
 * a mismatch beyond rounding stops the build.
 */
export const checkSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** later / earlier − 1 equals the stated growth, within `tolerance` percentage points. */
    kind: z.literal('growth').describe('growth：后期 ÷ 前期 − 1 等于原文给出的增长率。'),
    earlier: entityId.describe('前期绝对数条目的 id。'),
    later: entityId.describe('后期绝对数条目的 id。'),
    growth: entityId.describe('增长率条目的 id。'),
    tolerance: z.number().positive().default(0.5).describe('允许的误差（百分点），默认 0.5。'),
  }),
  z.strictObject({
    /** later / earlier equals the stated multiple, within `tolerance`. */
    kind: z.literal('multiple').describe('multiple：后期 ÷ 前期 等于原文给出的倍数。'),
    earlier: entityId.describe('前期绝对数条目的 id。'),
    later: entityId.describe('后期绝对数条目的 id。'),
    multiple: entityId.describe('倍数条目的 id。'),
    tolerance: z.number().positive().default(0.05).describe('允许的误差，默认 0.05。'),
  }),
  z.strictObject({
    /** `lower` is strictly below `upper` (a score short of its threshold). */
    kind: z.literal('lessThan').describe('lessThan：lower 严格小于 upper（例如评分低于门槛）。'),
    lower: entityId.describe('较小的条目 id。'),
    upper: entityId.describe('较大的条目 id。'),
  }),
  z.strictObject({
    /** A stated number of days equals the length of a milestone's window, both ends counted. */
    kind: z.literal('daysInWindow').describe('daysInWindow：原文给出的天数等于某个日期段的长度（首尾都算）。'),
    days: entityId.describe('天数条目的 id（unit 为 days）。'),
    window: entityId.describe('日期段的 id（milestones 里有 end 的那个）。'),
  }),
]);
export type Check = z.output<typeof checkSchema>;

/** One JSON file in `data/`: the figures about one subject, each with its source. */
export const datasetSchema = z.strictObject({
  /** Path of the JSON Schema that text editors validate the file against; the site ignores it. */
  $schema: z.string().optional().describe('编辑器用的 JSON Schema 路径，保持 "../schemas/dataset.schema.json" 即可。'),
  /** What the figures describe, in Chinese; shown on the dataset page. */
  title: z.string().min(1).describe('数据集讲的是什么，中文；显示在数据集页面上。'),
  /** One sentence on what the dataset holds, in Chinese. */
  description: z.string().min(1).describe('一句话说明数据集包含什么，中文。'),
  /** The main unit of the dataset, for its page and downloads; entries carry their own. */
  unit: z.lazy(() => unitSchema),
  /** The figures. */
  entries: z.array(entrySchema).min(1, 'expected at least one entry').describe('数字，每条带单位、时间和逐字出处；至少一条。'),
  /** Dated events the source gives. */
  milestones: z.array(milestoneSchema).default([]).describe('原文给出的日期（成立、开始、活动期）。'),
  /** Relations between stated figures that the build verifies. */
  checks: z.array(checkSchema).default([]).describe('数字之间的关系，构建时核对（增长率、倍数、大小、天数）。'),
});
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
