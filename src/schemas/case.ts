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
    /** The outcome among `keyFigures` that cards and link previews lead with; default: the first key figure about the merchant (or, without one, the provider). */
    leadFigure: figureRefSchema.optional(),
    /** Handbook practice (section) ids the case shows. */
    practices: z.array(entityId).default([]),
    /** Charts shown on the page, in order. */
    charts: z.array(chartSpecSchema).default([]),
    /**
     * The day the case was published in the casebook (YYYY-MM-DD, China time):
     * the feed's pubDate. Not when the events happened (that is `period`) nor
     * when the source article appeared. Without it the feed item has no date.
     */
    date: publishedDate.optional(),
    /** Where the belt assignment, the categories and the service types come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.cases.required, ...claimFields.cases.optional]).optional(),
    /** Order on the case index (lower first). */
    order: z.number().int().default(100),
  });
/** Frontmatter as the checker reads it: references are plain ids. */
export const plainCaseSchema = () => caseSchema(plainReference);
export type CaseData = z.output<ReturnType<typeof plainCaseSchema>>;
