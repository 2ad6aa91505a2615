import { z } from 'astro/zod';
import { chartSpecSchema } from './chart.ts';
import { figureRefSchema } from './figureRef.ts';

/** The home page's content file, relative to the project root. */
export const homePageFile = 'content/site/home.mdx';

/**
 * Frontmatter of `content/site/home.mdx`: what the home page says beyond what
 * it computes (the counts of providers, cases and campaigns). Its body is the
 * opening paragraph, in Chinese, with no number typed.
 */
export const homePageSchema = z.strictObject({
  /** The page's heading. */
  title: z.string().min(1),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(10),
  /** Figures quoted as examples under the opening, as `<dataset>/<entry>`; each links to the case whose dataset holds it. */
  featured: z.array(figureRefSchema).default([]),
  /** Charts shown on the home page, in order: the first after the opening, the rest after the list of cases. */
  charts: z.array(chartSpecSchema).default([]),
});
export type HomePageData = z.output<typeof homePageSchema>;
