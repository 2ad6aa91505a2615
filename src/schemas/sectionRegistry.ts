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
  from: handbookLocationSchema,
  /** Where readers of the old link should land now, in the same form. */
  to: handbookLocationSchema,
  /** Why it moved, for the next editor (renamed, merged into …). */
  note: z.string().min(1).optional(),
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
  $comment: z.string().optional(),
  /** Chapter id → every section id ever published in that chapter. */
  published: z.record(id, z.array(id)),
  /** Old places and where they lead now. */
  redirects: z.array(handbookRedirectSchema).default([]),
});
export type SectionRegistry = z.output<typeof sectionRegistrySchema>;
