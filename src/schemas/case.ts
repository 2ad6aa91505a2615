import { z } from 'astro/zod';
import { type ReferenceFactory, plainReference, entityId } from './refs.ts';
import { vocabularyName } from './vocabulary.ts';
import { figureRefSchema } from './figureRef.ts';
import { chartSpecSchema } from './chart.ts';
import { periodSchema } from './dataset.ts';
import { claimFields, provenanceSchema } from './provenance.ts';

/**
 * A calendar day, YYYY-MM-DD. Quoted in YAML it is a string; unquoted, Astro's
 * YAML reader makes it a Date, which is taken back to the same day.
 */
const publishedDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a day as YYYY-MM-DD, e.g. "2026-11-25"'),
);

/** Frontmatter of `content/cases/<slug>.mdx`: one case study. The file name is the URL slug. */
export const caseSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Headline, in Chinese. */
    title: z.string().min(1).describe('案例标题，中文。'),
    /** The provider whose work the case shows. */
    provider: reference('providers').describe('服务商 id：content/providers/ 里的文件名（不含 .mdx）。'),
    /** The merchant served; omitted for a provider's campaign-wide case. */
    merchant: z.string().min(1).optional().describe('被服务的商家名称；服务商的整体案例可以不写。'),
    /** The belt the case belongs to. */
    belt: reference('belts').describe('产业带 id：content/belts/ 里的文件名（不含 .mdx）。'),
    /** Categories: names from content/vocabularies/categories.yaml. */
    categories: z.array(vocabularyName).min(1).describe('品类，至少一个：content/vocabularies/categories.yaml 里的词。'),
    /** Service types the case shows: names from content/vocabularies/service-types.yaml. */
    serviceTypes: z.array(vocabularyName).min(1, 'expected at least one service type').describe('案例体现的服务类型，至少一个：content/vocabularies/service-types.yaml 里的词。'),
    /** The campaign, as an id of content/vocabularies/campaigns.yaml; left out when the source ties the case to none. */
    campaign: entityId.optional().describe('所属的活动：content/vocabularies/campaigns.yaml 里的 id；原文没把案例和活动关联就不写。'),
    /** When it happened; left out when the source does not say. */
    period: periodSchema.optional().describe('案例发生的时间；原文没说就不写。'),
    /** One sentence: what was done and what came of it. */
    summary: z.string().min(1).describe('一句话：做了什么，结果如何（不打数字）。'),
    /** The dataset the case's figures come from. */
    dataset: reference('datasets').describe('案例的数字所在的数据集 id：data/ 里的文件名（不含 .json）。'),
    /** Figures shown as tiles at the top, as `<dataset>/<entry>`. */
    keyFigures: z.array(figureRefSchema).default([]).describe('页面顶部大数字，写成 <数据集id>/<条目id>。'),
    /** The outcome among `keyFigures` that cards and link previews lead with; default: the first key figure about the merchant (or, without one, the provider). */
    leadFigure: figureRefSchema.optional().describe('可选：卡片和分享预览领头的结果数字，必须是 keyFigures 之一；不写就用第一个关于这家商家的关键数字。'),
    /** Handbook practice (section) ids the case shows. */
    practices: z.array(entityId).default([]).describe('案例体现的方法论手册做法：手册小节 id（## 标题 :section{#id} 里的 id）。'),
    /** Charts shown on the page, in order. */
    charts: z.array(chartSpecSchema).default([]).describe('页面上的图表，按顺序。'),
    /**
     * The day the case was published in the casebook (YYYY-MM-DD, China time):
     * the feed's pubDate. Not when the events happened (that is `period`) nor
     * when the source article appeared. Without it the feed item has no date.
     */
    date: publishedDate.optional().describe('收录日期：案例发布到本站的那一天，写成 "YYYY-MM-DD"；RSS 用它。不是事件发生的时间。'),
    /** Where the belt assignment, the categories and the service types come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.cases.required, ...claimFields.cases.optional]).optional().describe('产业带归属、品类和服务类型各自的出处：原文引文或编者归纳。'),
    /** Order on the case index (lower first). */
    order: z.number().int().default(100).describe('在案例列表中的顺序，数字小的在前。'),
  });
/** Frontmatter as the checker reads it: references are plain ids. */
export const plainCaseSchema = () => caseSchema(plainReference);
export type CaseData = z.output<ReturnType<typeof plainCaseSchema>>;
