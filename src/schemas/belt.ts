import { z } from 'astro/zod';

/** Frontmatter of `content/belts/<id>.mdx`: one industrial belt (产业带). */
export const beltSchema = () =>
  z.strictObject({
    /** Name as a reader knows it (泉州母婴产业带). */
    name: z.string().min(1),
    /** Where it is (“福建泉州”). */
    place: z.string().min(1),
    /** Its categories, in Chinese. */
    categories: z.array(z.string().min(1)).min(1),
    /** One sentence from what the source says of it, in Chinese. */
    summary: z.string().min(1),
  });
export type BeltData = z.output<ReturnType<typeof beltSchema>>;
