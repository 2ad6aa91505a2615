/**
 * Every content collection of the site. The schemas themselves live in
 * `src/schemas/` so that the project check (`npm run check`) and the tests
 * use them without Astro; here they are given Astro's `reference()`, which
 * makes the build fail on an unknown id.
 *
 * Cases, providers, belts and sources are `.mdx` files with plain Markdown
 * bodies, rendered while content syncs (src/loaders/markdownBodyGlob.ts);
 * handbook chapters and the home page are compiled as MDX, since their pages
 * hand components to the body.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markdownBodyGlob } from './loaders/markdownBodyGlob.ts';
import { sourceSchema } from './schemas/source.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { providerSchema } from './schemas/provider.ts';
import { beltSchema } from './schemas/belt.ts';
import { caseSchema } from './schemas/case.ts';
import { handbookChapterSchema } from './schemas/handbookChapter.ts';
import { glossaryTermSchema } from './schemas/glossaryTerm.ts';
import { homePageSchema } from './schemas/homePage.ts';
import type { CollectionName } from './schemas/refs.ts';

const astroReference = (collection: CollectionName) => reference(collection);

/** Source documents: metadata and platform-level prose in `<id>.mdx`, the text itself in `<id>.txt`. */
const sources = defineCollection({
  loader: markdownBodyGlob({ pattern: '*.mdx', base: './content/sources' }),
  schema: sourceSchema,
});

/** What the home page says beyond what it computes. */
const site = defineCollection({
  loader: glob({ pattern: 'home.mdx', base: './content/site' }),
  schema: homePageSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: '*.json', base: './data' }),
  schema: datasetSchema,
});

const providers = defineCollection({
  loader: markdownBodyGlob({ pattern: '*.mdx', base: './content/providers' }),
  schema: providerSchema(astroReference),
});

const belts = defineCollection({
  loader: markdownBodyGlob({ pattern: '*.mdx', base: './content/belts' }),
  schema: beltSchema(),
});

const cases = defineCollection({
  loader: markdownBodyGlob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema(astroReference),
});

/** Handbook chapters; sections are `## 标题 :section{#id}` headings (src/lib/handbook/parseSections.ts). */
const handbook = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/handbook' }),
  schema: handbookChapterSchema,
});

/** Glossary terms, one YAML list; each term's id is its anchor on /glossary/. */
const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

export const collections = { sources, datasets, providers, belts, cases, handbook, glossary, site };
