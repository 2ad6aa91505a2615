import { z } from 'astro/zod';
import { chartSpecSchema } from './chart.ts';
import { isoDate } from './dataset.ts';
import { entityId, httpUrl } from './refs.ts';

/**
 * Frontmatter of `content/sources/<id>.mdx`: one source document, kept word
 * for word beside it as `<id>.txt`. Its optional body is what the site says
 * about the platform as a whole from this document (with `:fig[…]`), shown
 * on /platform/ with its `charts`.
 */
export const sourceSchema = z.strictObject({
  /** The document's own title, as printed. */
  title: z.string().min(1),
  /** Who published it (a platform, a newspaper, a research firm), when the document says. */
  publisher: z.string().min(1).optional(),
  /** When it was published, to the year, month or day, when known. */
  date: isoDate.optional(),
  /** Where it was published (an http(s) URL), when it is online. */
  url: httpUrl.optional(),
  /** The platform it is about (“抖音电商”), when it is about one. */
  platform: z.string().min(1).optional(),
  /** The campaign it reports on, as an id of content/vocabularies/campaigns.yaml; leave it out when it reports on none. */
  campaign: entityId.optional(),
  /** The plain-text file (UTF-8) holding the document word for word, beside this file; default `<id>.txt`. */
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name beside this file').optional(),
  /** Platform-level charts drawn from this document's figures, shown on /platform/ with the body. */
  charts: z.array(chartSpecSchema).default([]),
});

export type Source = z.output<typeof sourceSchema>;
