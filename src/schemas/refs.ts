import { z } from 'astro/zod';

/**
 * The collections one entry may point at. Astro's `reference()` checks these
 * during the build; the project check and the tests pass `plainReference`,
 * which accepts an id and leaves the existence check to `checkReferences`
 * (src/lib/check/checkReferences.ts).
 */
export type CollectionName = 'sources' | 'providers' | 'belts' | 'cases' | 'datasets';

/** Builds the schema of a reference to an entry of `collection`. */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** Ids are ASCII so that they can become URLs (`/providers/<id>/`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entityId = z
  .string()
  .regex(idPattern, 'expected an ASCII id in kebab-case, e.g. "gougoushou-guirenniao"');

export const plainReference = (_collection: CollectionName) => entityId;

/** Only http(s) URLs may become links: Plot passes `javascript:` hrefs through. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
