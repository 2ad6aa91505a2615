import { z } from 'astro/zod';
import { idPattern } from './refs.ts';

const id = z.string().regex(idPattern, 'expected an ASCII id in kebab-case, e.g. "screen-merchants"');

/** A place in the handbook: a chapter (`before-campaign`) or a section in it (`before-campaign#screen-merchants`). */
export const handbookLocationSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'expected "<chapter>" or "<chapter>#<section-id>"');

/** A link that once worked and now points somewhere else. */
export const handbookRedirectSchema = z.strictObject({
  /** The old place, as published: `<chapter>#<section-id>`, or `<chapter>` for a whole chapter. */
  from: handbookLocationSchema.describe('旧位置，按发布时的写法：<章节id>#<小节id>，整章写 <章节id>。'),
  /** Where readers of the old link should land now, in the same form. */
  to: handbookLocationSchema.describe('旧链接的读者现在应该到达的位置，写法同上。'),
  /** Why it moved, for the next editor (renamed, merged into …). */
  note: z.string().min(1).optional().describe('为什么移动（改名、合并到……），留给下一位编辑。'),
});
export type HandbookRedirect = z.output<typeof handbookRedirectSchema>;

/**
 * `content/handbook/section-ids.json`: every chapter and section id ever
 * published, so that a shared link is never silently broken. Append-only:
 * an id is never deleted from `published`; when it leaves the handbook it
 * gets an entry in `redirects`.
 */
export const sectionRegistrySchema = z.strictObject({
  /** Editors' note kept at the top of the file. */
  $comment: z.string().optional().describe('写给编辑的说明。'),
  /** Chapter id → every section id ever published in that chapter. */
  published: z.record(id, z.array(id)).describe('章节 id → 这一章发布过的所有小节 id。只增不删。'),
  /** Old places and where they lead now. */
  redirects: z.array(handbookRedirectSchema).default([]).describe('旧位置及其新去处。'),
});
export type SectionRegistry = z.output<typeof sectionRegistrySchema>;
