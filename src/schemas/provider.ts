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
    name: z.string().min(1),
    /** The full legal name, when the source gives it; leave it out otherwise (never a placeholder). */
    legalName: z.string().min(1).optional(),
    /** City and province (“福建泉州”), when the source gives it. */
    place: z.string().min(1).optional(),
    /** The belts it works in. */
    belts: z.array(reference('belts')).min(1, 'expected at least one belt id'),
    /** Category focus: names from content/vocabularies/categories.yaml (母婴, 童装 …). */
    categories: z.array(vocabularyName).min(1),
    /** Service types it offers: names from content/vocabularies/service-types.yaml. */
    serviceTypes: z.array(vocabularyName).default([]),
    /** One sentence on who it is, in Chinese. */
    summary: z.string().min(1),
    /** Dataset holding its own figures (scale, founding, start as a provider). */
    dataset: reference('datasets'),
    /** Milestone id (in `dataset`) of its founding, when the source gives it. */
    founded: z.string().optional(),
    /** Milestone id (in `dataset`) of its start as a belt provider. */
    providerSince: z.string().optional(),
    /** Charts shown on the page, in order. */
    charts: z.array(chartSpecSchema).default([]),
    /** Scale figures shown as tiles, as `<dataset>/<entry>`. */
    scale: z.array(figureRefSchema).default([]),
    /** Where the place, the categories, the service types and (optionally) the belts come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.providers.required, ...claimFields.providers.optional]).optional(),
  });
/** Frontmatter as the checker reads it: references are plain ids. */
export const plainProviderSchema = () => providerSchema(plainReference);
export type ProviderData = z.output<ReturnType<typeof plainProviderSchema>>;
