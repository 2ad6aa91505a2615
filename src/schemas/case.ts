import { z } from 'astro/zod';
import { type ReferenceFactory, plainReference, entityId } from './refs.ts';
import { serviceTypeSchema } from './serviceType.ts';
import { figureRefSchema } from './figureRef.ts';
import { chartSpecSchema } from './chart.ts';
import { periodSchema } from './dataset.ts';

/** Frontmatter of `content/cases/<slug>.mdx`: one case study. The file name is the URL slug. */
export const caseSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** Headline, in Chinese. */
    title: z.string().min(1),
    /** The provider whose work the case shows. */
    provider: reference('providers'),
    /** The merchant served; omitted for a provider's campaign-wide case. */
    merchant: z.string().min(1).optional(),
    /** The belt the case belongs to. */
    belt: reference('belts'),
    /** Categories, in Chinese. */
    categories: z.array(z.string().min(1)).min(1),
    /** Service types the case shows. */
    serviceTypes: z.array(serviceTypeSchema).min(1, 'expected at least one service type'),
    /** The campaign (“2022 抖音818发现好物节”). */
    campaign: z.string().min(1),
    /** When it happened. */
    period: periodSchema,
    /** One sentence: what was done and what came of it. */
    summary: z.string().min(1),
    /** The dataset the case's figures come from. */
    dataset: reference('datasets'),
    /** Figures shown as tiles at the top, as `<dataset>/<entry>`. */
    keyFigures: z.array(figureRefSchema).default([]),
    /** Handbook practice (section) ids the case shows. */
    practices: z.array(entityId).default([]),
    /** Charts shown on the page, in order. */
    charts: z.array(chartSpecSchema).default([]),
    /** Order on the case index (lower first). */
    order: z.number().int().default(100),
  });
/** Frontmatter as the checker reads it: references are plain ids. */
export const plainCaseSchema = () => caseSchema(plainReference);
export type CaseData = z.output<ReturnType<typeof plainCaseSchema>>;
