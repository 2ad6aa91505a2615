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
export const unitSchema = z.enum(unitValues);
export type Unit = z.output<typeof unitSchema>;

/**
 * How exact a stated figure is: “突破1450万” (超, 以上, 多) is a lower bound,
 * “近40” (不到, 不足) a value just under the number, “约5.4万亿” an approximation.
 */
export const boundValues = ['exact', 'about', 'atLeast', 'atMost'] as const;
export const boundSchema = z.enum(boundValues);
export type Bound = z.output<typeof boundSchema>;

/** An ISO calendar date, to the year, month or day (2021, 2021-07, 2022-08-14). */
export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** Where a figure was stated: a source document and the exact words. */
export const citationSchema = z.strictObject({
  /** Id of a document in `content/sources/`. */
  document: entityId,
  /** The words of the document that state the figure, copied character for character. */
  quote: z.string().min(2),
  /**
   * For a stated entry whose quote holds several numbers: the exact words of
   * the one the entry takes, as the quote writes them (“61.23%”, “年末的20%”).
   * The check compares that number with `value`, `valueMax`, `unit` and `bound`.
   */
  figure: z.string().min(1).optional(),
});
export type Citation = z.output<typeof citationSchema>;

/** The time a figure refers to. */
export const periodSchema = z.strictObject({
  /** How the period is written on the page, in Chinese (“2022年7月25日–8月23日”). */
  label: z.string().min(1),
  /** First day (or month, or year) of the period. */
  start: isoDate.optional(),
  /** Last day of the period, inclusive; omit for a single day. */
  end: isoDate.optional(),
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
    growth: entityId,
  }),
  z.strictObject({
    /** 100 × (1 + a/100) / (1 + b/100): where period B stands when period A = 100, given growth of one later period over both. */
    op: z.literal('indexBetweenBaselines'),
    /** Growth of the later period over the earlier baseline (e.g. vs June). */
    overEarlier: entityId,
    /** Growth of the later period over the nearer baseline (e.g. vs July). */
    overNearer: entityId,
  }),
  z.strictObject({
    /** value ÷ multiple: the earlier absolute from a later absolute and a stated multiple. */
    op: z.literal('divideByMultiple'),
    value: entityId,
    multiple: entityId,
  }),
  z.strictObject({
    /** later − earlier, in the entries' own unit (percentage points for shares). */
    op: z.literal('difference'),
    earlier: entityId,
    later: entityId,
  }),
]);
export type Formula = z.output<typeof formulaSchema>;

const entryBase = {
  /** Stable id inside the dataset (ASCII); figures are cited as `<dataset>/<entry>`. */
  id: entityId,
  /** What the figure is, in Chinese (“单日GMV环比增长”). */
  label: z.string().min(1),
  /** The time it refers to. */
  period: periodSchema,
  /** Unit of the value. */
  unit: z.lazy(() => unitSchema),
  /** Whose figure it is, when the dataset covers several subjects (a merchant, a provider). */
  subject: z.string().min(1).optional(),
};

/** A figure the source states. */
export const statedEntrySchema = z.strictObject({
  ...entryBase,
  kind: z.literal('stated'),
  /** The number, in the unit's base (yuan, not 万元): 14500000 for “1450万”. */
  value: z.number({ error: 'expected a number (e.g. 14500000), not text' }),
  /** Upper end, when the source gives a range (“2~3款”). */
  valueMax: z.number({ error: 'expected a number, not text' }).optional(),
  /** Whether the source gives the value exactly (omit), about (约), as a lower bound (超, 突破, 以上) or just under it (近, 不到). */
  bound: boundSchema.default('exact'),
  /** The quote that states it. */
  source: citationSchema,
});

/** A figure computed from stated ones; its value is never stored. */
export const derivedEntrySchema = z.strictObject({
  ...entryBase,
  kind: z.literal('derived'),
  /** How to compute it from other entries of the same dataset. */
  formula: formulaSchema,
  /**
   * One line on how the formula reads the source, when the words allow more
   * than one reading, in Chinese and without typed numbers. The formula text
   * itself is written by `src/lib/formula/formulaText.ts` from the values.
   */
  note: z.string().min(1).optional(),
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
  id: entityId,
  /** What happened, in Chinese. */
  label: z.string().min(1),
  /** When, with the precision the source gives. */
  date: isoDate,
  /** Last day, for an event that lasts (a campaign window), inclusive. */
  end: isoDate.optional(),
  /** How the date is written on the page (“2020年10月底”). */
  dateLabel: z.string().min(1),
  /** The quote that states it. */
  source: citationSchema,
});
export type Milestone = z.output<typeof milestoneSchema>;

/**
 * A relation between stated figures that the build verifies (rule 4):
 * a mismatch beyond rounding stops the build.
 */
export const checkSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** later / earlier − 1 equals the stated growth, within `tolerance` percentage points. */
    kind: z.literal('growth'),
    earlier: entityId,
    later: entityId,
    growth: entityId,
    tolerance: z.number().positive().default(0.5),
  }),
  z.strictObject({
    /** later / earlier equals the stated multiple, within `tolerance`. */
    kind: z.literal('multiple'),
    earlier: entityId,
    later: entityId,
    multiple: entityId,
    tolerance: z.number().positive().default(0.05),
  }),
  z.strictObject({
    /** `lower` is strictly below `upper` (a score short of its threshold). */
    kind: z.literal('lessThan'),
    lower: entityId,
    upper: entityId,
  }),
  z.strictObject({
    /** A stated number of days equals the length of a milestone's window, both ends counted. */
    kind: z.literal('daysInWindow'),
    days: entityId,
    window: entityId,
  }),
]);
export type Check = z.output<typeof checkSchema>;

/** One JSON file in `data/`: the figures about one subject, each with its source. */
export const datasetSchema = z.strictObject({
  /** What the figures describe, in Chinese; shown on the dataset page. */
  title: z.string().min(1),
  /** One sentence on what the dataset holds, in Chinese. */
  description: z.string().min(1),
  /** The main unit of the dataset, for its page and downloads; entries carry their own. */
  unit: z.lazy(() => unitSchema),
  /** The figures. */
  entries: z.array(entrySchema).min(1, 'expected at least one entry'),
  /** Dated events the source gives. */
  milestones: z.array(milestoneSchema).default([]),
  /** Relations between stated figures that the build verifies. */
  checks: z.array(checkSchema).default([]),
});
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
