import { z } from 'astro/zod';
import { type ReferenceFactory, plainReference } from './refs.ts';
import { vocabularyName } from './vocabulary.ts';
import { figureRefSchema } from './figureRef.ts';
import { chartSpecSchema } from './chart.ts';
import { claimFields, provenanceSchema } from './provenance.ts';

/** Frontmatter of `content/providers/<id>.mdx`: one belt service provider. */
export const providerSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** The short name the source uses (勾勾手). */
    name: z.string().min(1).describe('原文用的简称，例如“某某科技”。'),
    /** The full legal name, when the source gives it; leave it out otherwise (never a placeholder). */
    legalName: z.string().min(1).optional().describe('原文给出的公司全称；没给就不写。'),
    /** City and province (“福建泉州”), when the source gives it. */
    place: z.string().min(1).optional().describe('所在城市和省份，例如“福建泉州”；原文没写就不写。'),
    /** The belts it works in. */
    belts: z.array(reference('belts')).min(1, 'expected at least one belt id').describe('所服务的产业带 id（content/belts/ 里的文件名），至少一个。'),
    /** Category focus: names from content/vocabularies/categories.yaml (母婴, 童装 …). */
    categories: z.array(vocabularyName).min(1).describe('主攻品类，至少一个：content/vocabularies/categories.yaml 里的词。'),
    /** Service types it offers: names from content/vocabularies/service-types.yaml. */
    serviceTypes: z.array(vocabularyName).default([]).describe('提供的服务类型：content/vocabularies/service-types.yaml 里的词。'),
    /** One sentence on who it is, in Chinese. */
    summary: z.string().min(1).describe('一句话介绍这家服务商，中文。'),
    /** Dataset holding its own figures (scale, founding, start as a provider). */
    dataset: reference('datasets').describe('存放服务商自身数字（规模、成立时间等）的数据集 id。'),
    /** Milestone id (in `dataset`) of its founding, when the source gives it. */
    founded: z.string().optional().describe('成立时间：数据集 milestones 里的日期 id；原文没写就不填。'),
    /** Milestone id (in `dataset`) of its start as a belt provider. */
    providerSince: z.string().optional().describe('成为产业带服务商的时间：数据集 milestones 里的日期 id。'),
    /** Charts shown on the page, in order. */
    charts: z.array(chartSpecSchema).default([]).describe('页面上的图表，按顺序。'),
    /** Scale figures shown as tiles, as `<dataset>/<entry>`. */
    scale: z.array(figureRefSchema).default([]).describe('规模数字（大数字卡片），写成 <数据集id>/<条目id>。'),
    /** Where the place, the categories, the service types and (optionally) the belts come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.providers.required, ...claimFields.providers.optional]).optional().describe('地点、品类、服务类型（以及可选的产业带）各自的出处：原文引文或编者归纳。'),
  });
/** Frontmatter as the checker reads it: references are plain ids. */
export const plainProviderSchema = () => providerSchema(plainReference);
export type ProviderData = z.output<ReturnType<typeof plainProviderSchema>>;
