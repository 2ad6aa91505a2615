import { z } from 'astro/zod';
import { vocabularyName } from './vocabulary.ts';
import { claimFields, provenanceSchema } from './provenance.ts';

/** Frontmatter of `content/belts/<id>.mdx`: one industrial belt (产业带). */
export const beltSchema = () =>
  z.strictObject({
    /** Name as a reader knows it (泉州母婴产业带). */
    name: z.string().min(1).describe('产业带名称，用读者熟悉的叫法，例如“泉州母婴产业带”。'),
    /** Where it is (“福建泉州”), when the source says. */
    place: z.string().min(1).optional().describe('所在地，例如“福建泉州”；原文没写就不写。'),
    /** Its categories: names from content/vocabularies/categories.yaml. */
    categories: z.array(vocabularyName).min(1).describe('主要品类，至少一个：content/vocabularies/categories.yaml 里的词。'),
    /** One sentence from what the source says of it, in Chinese. */
    summary: z.string().min(1).describe('一句话介绍，只写原文说过的内容，中文。'),
    /** Where the name, the place and the categories come from: a quote, or an editors' inference (编者归纳). */
    provenance: provenanceSchema([...claimFields.belts.required, ...claimFields.belts.optional]).optional().describe('名称、地点和品类各自的出处：原文引文或编者归纳。'),
  });
export type BeltData = z.output<ReturnType<typeof beltSchema>>;
