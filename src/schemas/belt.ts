import { z } from 'astro/zod';
import { vocabularyName } from './vocabulary.ts';
import { claimFields, provenanceSchema } from './provenance.ts';

/** Frontmatter of `content/belts/<id>.mdx`: one industrial belt (产业带). */
export const beltSchema = () =>
  z.strictObject({
    /** Name as a reader knows it (泉州母婴产业带). */
    name: z.string().min(1),
    /** Where it is (“福建泉州”), when the source says. */
    place: z.string().min(1).optional(),
    /** Its categories: names from content/vocabularies/categories.yaml. */
    categories: z.array(vocabularyName).min(1),
    /** One sentence from what the source says of it, in Chinese. */
    summary: z.string().min(1),
    /** Where the name, the place and the categories come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.belts.required, ...claimFields.belts.optional]).optional(),
  });
export type BeltData = z.output<ReturnType<typeof beltSchema>>;
