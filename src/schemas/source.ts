import { z } from 'astro/zod';
import { httpUrl } from './refs.ts';

/** Metadata of a source document kept as plain text beside it in `content/sources/`. */
export const sourceSchema = z.strictObject({
  /** The document's own title, as printed. */
  title: z.string().min(1),
  /** The platform the document is about. */
  platform: z.string().min(1),
  /** The campaign it reports on. */
  campaign: z.string().min(1),
  /** The plain-text file (UTF-8) holding the document word for word, relative to this file. */
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name beside this file'),
  /** Where the document was published, when it says so (an http(s) URL). */
  url: httpUrl.optional(),
});

export type Source = z.output<typeof sourceSchema>;
