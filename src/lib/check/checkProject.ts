import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { beltSchema, type BeltData } from '../../schemas/belt.ts';
import { plainCaseSchema, type CaseData } from '../../schemas/case.ts';
import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import { plainProviderSchema, type ProviderData } from '../../schemas/provider.ts';
import type { LoadedDataset } from '../content/datasetIndex.ts';
import { checkBody } from './checkBody.ts';
import { checkCharts, placedCharts, type PlacedChart } from './checkCharts.ts';
import { checkContentModel } from './checkContentModel.ts';
import { checkDataset } from './checkDataset.ts';
import { checkGlossary } from './checkGlossary.ts';
import { checkIntegrity, type DocumentBody } from './checkIntegrity.ts';
import { findPlaceholders, isPlaceholderFollowOn } from './checkPlaceholders.ts';
import { checkQuotes } from './checkQuotes.ts';
import { checkReferences, type ReferringDocument } from './checkReferences.ts';
import { checkRegistry } from './checkRegistry.ts';
import { contentPaths } from './contentPaths.ts';
import type { ContentProblem } from './contentProblem.ts';
import { locateProblems } from './locateProblems.ts';
import { readDatasets } from './readDatasets.ts';
import { readDocuments, type LoadedDocument } from './readDocuments.ts';
import { readGlossary } from './readGlossary.ts';
import { handbookDir, readHandbook, sectionRegistryFile, type HandbookSource } from './readHandbook.ts';
import { readSources, type LoadedSource } from './readSources.ts';
import type { BrokenDataset, RefIndex } from './refProblem.ts';
import { atFilePositions, salvageDataset } from './salvageDataset.ts';

/** The content that passed its checks: sources, datasets with derived values, and documents. */
export interface LoadedContent {
  sources: Map<string, LoadedSource>;
  datasets: Map<string, LoadedDataset>;
  providers: Map<string, LoadedDocument<ProviderData>>;
  belts: Map<string, LoadedDocument<BeltData>>;
  cases: Map<string, LoadedDocument<CaseData>>;
  /** Datasets whose files exist but have problems (already reported), with the ids they could still be read to hold. */
  brokenDatasets: ReadonlyMap<string, BrokenDataset>;
}

/** Everything the checker read and every problem, across content, data and the handbook. */
export interface ProjectCheck {
  content: LoadedContent;
  /** Every problem, each with its file, line and field where they are known. */
  problems: ContentProblem[];
  /** Handbook chapters and sections found. */
  handbook: { chapters: number; sections: number };
  /** Valid glossary terms, for the remark plugin that links their first mentions. */
  glossary: GlossaryTerm[];
}

/**
 * The one check behind `npm run check`, `npm run build`, the dev server and
 * the Astro integration: sources, datasets, providers, belts, cases, every
 * chart as its builder would draw it, handbook chapters (section ids,
 * figures, typed numbers), the registry of published section ids and the
 * glossary. Reports every problem in one run: a file with a schema error is
 * still checked field by field, its body and its quotes too, and a reference
 * to a file that exists but has problems is not reported as unknown. Never
 * throws for bad content.
 */
export function checkProject(root: string): ProjectCheck {
  const problems: ContentProblem[] = [];
  const sources = readSources(root);
  problems.push(...sources.problems);

  const datasets = new Map<string, LoadedDataset>();
  // Datasets whose file exists but has problems: references to them are
  // checked against the ids the file holds, so the editor sees the cause,
  // not every consequence.
  const broken = new Map<string, BrokenDataset>();
  for (const read of readDatasets(root)) {
    problems.push(...read.problems, ...checkQuotes(read.file, read.raw, sources.sources, sources.broken));
    const checked = read.value ? checkDataset(read.file, read.value) : undefined;
    if (checked) problems.push(...checked.problems);
    else problems.push(...checkSalvaged(read.file, read.raw));
    if (read.value && checked && checked.problems.length === 0) datasets.set(read.id, { id: read.id, file: read.file, data: read.value, entries: checked.entries });
    else broken.set(read.id, { file: read.file, ...rawIds(read.raw) });
  }
  const refs: RefIndex = { datasets, brokenDatasets: broken };

  const charts: PlacedChart[] = [];
  const bodies: DocumentBody[] = [];
  const documents = <T,>(dir: string, schema: z.ZodType<T>) => {
    const valid = new Map<string, LoadedDocument<T>>();
    const all = new Map<string, ReferringDocument<T>>();
    for (const read of readDocuments(root, dir, schema)) {
      problems.push(...read.problems);
      if (read.body) problems.push(...checkBody(read.file, read.body.text, read.body.line, refs));
      if (read.body) bodies.push({ file: read.file, body: read.body.text, line: read.body.line });
      all.set(read.id, { file: read.file, data: read.data });
      charts.push(...placedCharts(read.file, read.raw && typeof read.raw === 'object' ? (read.raw as { charts?: unknown }).charts : undefined));
      if (read.value) valid.set(read.id, { id: read.id, file: read.file, data: read.value.data, body: read.value.body });
    }
    return { valid, all };
  };
  const belts = documents(contentPaths.belts, beltSchema());
  const providers = documents(contentPaths.providers, plainProviderSchema());
  const cases = documents(contentPaths.cases, plainCaseSchema());
  const content: LoadedContent = { sources: sources.sources, datasets, providers: providers.valid, belts: belts.valid, cases: cases.valid, brokenDatasets: broken };

  const handbook = readHandbook(root);
  const practiceIds = existsSync(join(root, handbookDir)) ? practiceIdsOf(handbook) : undefined;
  problems.push(
    ...checkReferences({ ...refs, providers: providers.all, cases: cases.all, ids: { providers: new Set(providers.all.keys()), belts: new Set(belts.all.keys()) } }, practiceIds),
    ...checkCharts(charts, refs),
    ...handbook.problems,
  );
  problems.push(...checkContentModel(root, content));
  const glossary = checkGlossary(readGlossary(root), practiceIds);
  problems.push(...glossary.problems);
  for (const chapter of handbook.bodies) problems.push(...checkBody(chapter.file, chapter.body, chapter.bodyLine, refs));
  problems.push(...checkIntegrity(root, content, handbook, glossary.terms, bodies));
  if (handbook.registry) {
    // Every chapter whose sections could be read, valid frontmatter or not: a broken chapter's sections still exist.
    const current = new Map(handbook.bodies.map((c) => [c.id, c.sections.map((s) => s.id)]));
    for (const problem of checkRegistry(handbook.registry, current)) problems.push({ file: sectionRegistryFile, ...problem });
  }
  // Placeholders left by `npm run new` come first; what they cause is not reported on top.
  const placeholders = findPlaceholders(root);
  return {
    content,
    problems: locateProblems(root, [...placeholders, ...problems.filter((p) => !isPlaceholderFollowOn(p, placeholders))]),
    handbook: { chapters: handbook.chapters.length, sections: handbook.chapters.reduce((n, c) => n + c.sections.length, 0) },
    glossary: glossary.terms,
  };
}

/** The handbook practice ids cases may name: every section id of every chapter (`## 标题 :section{#id}`), valid chapter or not. */
export function practiceIdsOf(handbook: HandbookSource): ReadonlySet<string> {
  return handbook.sectionIds;
}

/** A dataset with schema errors: its formulas and relations over the entries that did pass, at their places in the file. */
function checkSalvaged(file: string, raw: unknown): ContentProblem[] {
  const salvaged = salvageDataset(raw);
  if (!salvaged) return [];
  return atFilePositions(checkDataset(file, salvaged.data).problems, salvaged.at);
}

/** The entry and milestone ids a dataset file holds, read without its schema (undefined when it does not parse). */
function rawIds(raw: unknown): Pick<BrokenDataset, 'entries' | 'milestones'> {
  if (!raw || typeof raw !== 'object') return {};
  const ids = (list: unknown) => new Set(Array.isArray(list) ? list.flatMap((item: unknown) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [])) : []);
  const data = raw as { entries?: unknown; milestones?: unknown };
  return { entries: ids(data.entries), milestones: ids(data.milestones) };
}
