import { z } from 'astro/zod';
import { type ReferenceFactory, plainReference, entityId } from './refs.ts';
import { vocabularyName } from './vocabulary.ts';
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
    /** Categories: names from content/vocabularies/categories.yaml. */
    categories: z.array(vocabularyName).min(1),
    /** Service types the case shows: names from content/vocabularies/service-types.yaml. */
    serviceTypes: z.array(vocabularyName).min(1, 'expected at least one service type'),
    /** The campaign, as an id of content/vocabularies/campaigns.yaml; left out when the source ties the case to none. */
    campaign: entityId.optional(),
    /** When it happened; left out when the source does not say. */
    period: periodSchema.optional(),
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
