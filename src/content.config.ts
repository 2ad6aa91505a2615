/**
 * Every content collection of the site. The schemas themselves live in
 * `src/schemas/` so that the content checker (`npm run check:content`) and the
 * tests use them without Astro; here they are given Astro's `reference()`,
 * which makes the build fail on an unknown id.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './schemas/source.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { providerSchema } from './schemas/provider.ts';
import { beltSchema } from './schemas/belt.ts';
import { caseSchema } from './schemas/case.ts';
import type { CollectionName } from './schemas/refs.ts';

const astroReference = (collection: CollectionName) => reference(collection);

const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/sources' }),
  schema: sourceSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: '*.json', base: './data' }),
  schema: datasetSchema,
});

const providers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/providers' }),
  schema: providerSchema(astroReference),
});

const belts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/belts' }),
  schema: beltSchema(),
});

const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema(astroReference),
});

export const collections = { sources, datasets, providers, belts, cases };
