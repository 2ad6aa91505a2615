import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { beltSchema, type BeltData } from '../../schemas/belt.ts';
import { plainCaseSchema, type CaseData } from '../../schemas/case.ts';
import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import { plainProviderSchema, type ProviderData } from '../../schemas/provider.ts';
import type { LoadedDataset } from '../content/datasetIndex.ts';
import { checkBody } from './checkBody.ts';
import { checkContentModel } from './checkContentModel.ts';
import { checkDataset } from './checkDataset.ts';
import { checkGlossary } from './checkGlossary.ts';
import { checkReferences } from './checkReferences.ts';
import { checkRegistry } from './checkRegistry.ts';
import { contentPaths } from './contentPaths.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readDatasets } from './readDatasets.ts';
import { readDocuments, type LoadedDocument } from './readDocuments.ts';
import { readGlossary } from './readGlossary.ts';
import { handbookDir, readHandbook, sectionRegistryFile, type HandbookSource } from './readHandbook.ts';
import { readSources, type LoadedSource } from './readSources.ts';

/** The content that passed its checks: sources, datasets with derived values, and documents. */
export interface LoadedContent {
  sources: Map<string, LoadedSource>;
  datasets: Map<string, LoadedDataset>;
  providers: Map<string, LoadedDocument<ProviderData>>;
  belts: Map<string, LoadedDocument<BeltData>>;
  cases: Map<string, LoadedDocument<CaseData>>;
  /** Datasets whose files exist but have problems (already reported). */
  brokenDatasets: ReadonlySet<string>;
}

/** Everything the checker read and every problem, across content, data and the handbook. */
export interface ProjectCheck {
  content: LoadedContent;
  problems: ContentProblem[];
  /** Handbook chapters and sections found. */
  handbook: { chapters: number; sections: number };
  /** Valid glossary terms, for the remark plugin that links their first mentions. */
  glossary: GlossaryTerm[];
}

/**
 * The one check behind `npm run check`, `npm run build` and the Astro
 * integration: sources, datasets, providers, belts, cases, handbook chapters
 * (section ids, figures, typed numbers), the registry of published section
 * ids and the glossary. Never throws for bad content: returns the problems,
 * each naming file and field.
 */
export function checkProject(root: string): ProjectCheck {
  const problems: ContentProblem[] = [];
  const sources = readSources(root);
  problems.push(...sources.problems);

  const datasets = new Map<string, LoadedDataset>();
  // Datasets whose file exists but has problems: references to them are not
  // reported again, so the editor sees the cause, not every consequence.
  const broken = new Set<string>();
  for (const read of readDatasets(root)) {
    problems.push(...read.problems);
    if (!read.value) {
      broken.add(read.id);
      continue;
    }
    const checked = checkDataset(read.file, read.value, sources.sources);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) datasets.set(read.id, { id: read.id, file: read.file, data: read.value, entries: checked.entries });
    else broken.add(read.id);
  }

  const documents = <T>(dir: string, schema: z.ZodType<T>) => {
    const out = new Map<string, LoadedDocument<T>>();
    for (const read of readDocuments(root, dir, schema)) {
      problems.push(...read.problems);
      if (!read.value) continue;
      const { data, body, bodyLine } = read.value;
      problems.push(...checkBody(read.file, body, bodyLine, datasets, broken));
      out.set(read.id, { id: read.id, file: read.file, data, body });
    }
    return out;
  };
  const belts = documents(contentPaths.belts, beltSchema());
  const providers = documents(contentPaths.providers, plainProviderSchema());
  const cases = documents(contentPaths.cases, plainCaseSchema());
  const content: LoadedContent = { sources: sources.sources, datasets, providers, belts, cases, brokenDatasets: broken };

  const handbook = readHandbook(root);
  const practiceIds = existsSync(join(root, handbookDir)) ? practiceIdsOf(handbook) : undefined;
  problems.push(...checkReferences(content, practiceIds), ...handbook.problems);
  problems.push(...checkContentModel(root, content));
  const glossary = checkGlossary(readGlossary(root));
  problems.push(...glossary.problems);
  for (const chapter of handbook.chapters) problems.push(...checkBody(chapter.file, chapter.body, chapter.bodyLine, datasets, broken));
  if (handbook.registry) {
    const current = new Map(handbook.chapters.map((c) => [c.id, c.sections.map((s) => s.id)]));
    for (const message of checkRegistry(handbook.registry, current)) problems.push({ file: sectionRegistryFile, field: 'published/redirects', message });
  }
  return {
    content,
    problems,
    handbook: { chapters: handbook.chapters.length, sections: handbook.chapters.reduce((n, c) => n + c.sections.length, 0) },
    glossary: glossary.terms,
  };
}

/** The handbook practice ids cases may name: every section id of every chapter (`## 标题 :section{#id}`). */
export function practiceIdsOf(handbook: HandbookSource): ReadonlySet<string> {
  return new Set(handbook.chapters.flatMap((chapter) => chapter.sections.map((s) => s.id)));
}
