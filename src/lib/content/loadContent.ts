import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { datasetSchema } from '../../schemas/dataset.ts';
import { plainProviderSchema, type ProviderData } from '../../schemas/provider.ts';
import { beltSchema, type BeltData } from '../../schemas/belt.ts';
import { plainCaseSchema, type CaseData } from '../../schemas/case.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import { FormulaError, resolveEntries, type ResolvedEntry } from '../formula/resolveEntries.ts';
import { findQuote, longestMatchingPrefix } from '../integrity/findQuote.ts';
import { checkRelations } from '../integrity/checkRelations.ts';
import type { ContentProblem } from './contentProblem.ts';
import { fileNameProblem, readJsonFile, readMdxFile, schemaProblems, type ReadResult } from './readContentFile.ts';
import { findFigureDirectives, findTypedNumbers } from './findFigureDirectives.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import { lookupRef, type DatasetIndex, type LoadedDataset, type RefKind } from './datasetIndex.ts';

/** Where the content lives, relative to the project root. */
export const contentPaths = {
  sources: 'content/sources',
  providers: 'content/providers',
  belts: 'content/belts',
  cases: 'content/cases',
  datasets: 'data',
} as const;

export interface LoadedSource { id: string; file: string; data: Source; text: string }
export interface LoadedDocument<T> { id: string; file: string; data: T; body: string }

/** Everything the checker read, valid parts only, plus every problem found. */
export interface LoadedContent {
  sources: Map<string, LoadedSource>;
  datasets: Map<string, LoadedDataset>;
  providers: Map<string, LoadedDocument<ProviderData>>;
  belts: Map<string, LoadedDocument<BeltData>>;
  cases: Map<string, LoadedDocument<CaseData>>;
  problems: ContentProblem[];
  /** Datasets whose files exist but have problems (already reported). */
  brokenDatasets: ReadonlySet<string>;
}

/** Options for `loadContent`. */
export interface LoadContentOptions {
  /** Handbook practice ids a case may name; when absent, practice ids are not checked. */
  practiceIds?: ReadonlySet<string>;
}

/**
 * Reads and checks all content from `root`: JSON syntax, every field against
 * its schema, every reference, every quote against its source text, every
 * derived value and declared relation, every `:fig[…]` in MDX bodies.
 * Never throws for bad content: returns the problems, each naming file and field.
 */
export function loadContent(root: string, options: LoadContentOptions = {}): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const listFiles = (dir: string, ext: string) => {
    const full = join(root, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => ({ id: name.slice(0, -ext.length), path: join(full, name) }));
  };
  const checkId = (file: string, id: string) => {
    const problem = fileNameProblem(file, id);
    if (problem) problems.push(problem);
  };
  /** The file's value, or undefined after recording why it could not be read. */
  const read = <T>(result: ReadResult<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push(...result.problems);
    return undefined;
  };

  // Sources
  const sources = new Map<string, LoadedSource>();
  for (const { id, path } of listFiles(contentPaths.sources, '.json')) {
    const input = read(readJsonFile(path, rel(path)));
    if (input === undefined) continue;
    const parsed = sourceSchema.safeParse(input);
    if (!parsed.success) {
      problems.push(...schemaProblems(rel(path), parsed.error, input));
      continue;
    }
    const textPath = join(root, contentPaths.sources, parsed.data.textFile);
    if (!existsSync(textPath)) {
      problems.push({ file: rel(path), field: 'textFile', message: `expected the source text ${rel(textPath)} to exist` });
      continue;
    }
    sources.set(id, { id, file: rel(path), data: parsed.data, text: readFileSync(textPath, 'utf8') });
  }

  // Datasets
  const datasets = new Map<string, LoadedDataset>();
  // Datasets whose file exists but has problems: references to them are not
  // reported again, so the editor sees the cause, not every consequence.
  const broken = new Set<string>();
  for (const { id, path } of listFiles(contentPaths.datasets, '.json')) {
    const file = rel(path);
    checkId(file, id);
    const input = read(readJsonFile(path, file));
    if (input === undefined) {
      broken.add(id);
      continue;
    }
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, input));
      broken.add(id);
      continue;
    }
    const data = parsed.data;
    const before = problems.length;
    duplicateIds(data.entries, 'entries', file, problems);
    duplicateIds(data.milestones, 'milestones', file, problems);
    const citations = [
      ...data.entries.flatMap((entry, i) => (entry.kind === 'stated' ? [{ field: `entries[${i}].source`, source: entry.source }] : [])),
      ...data.milestones.map((m, i) => ({ field: `milestones[${i}].source`, source: m.source })),
    ];
    for (const { field, source } of citations) {
      const document = sources.get(source.document);
      if (!document) {
        problems.push({ file, field: `${field}.document`, message: `expected the id of a source in ${contentPaths.sources}/ (one of: ${[...sources.keys()].join(', ') || 'none'}), got "${source.document}"` });
        continue;
      }
      if (!findQuote(document.text, source.quote)) {
        const prefix = longestMatchingPrefix(document.text, source.quote);
        problems.push({
          file,
          field: `${field}.quote`,
          message: `quote not found word for word in ${document.file.replace(/\.json$/, '.txt')}: "${source.quote}"${prefix ? ` (matches up to "${prefix}", then differs)` : ''}`,
        });
      }
    }
    let entries: ResolvedEntry[] = [];
    try {
      entries = resolveEntries(data);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      const index = data.entries.findIndex((e) => e.id === error.entryId);
      problems.push({ file, field: `entries[${index}].${error.field}`, message: error.message });
    }
    for (const problem of checkRelations(data, entries, data.milestones)) problems.push({ file, ...problem });
    if (problems.length === before) datasets.set(id, { id, file, data, entries });
    else broken.add(id);
  }

  // MDX documents
  const readDocuments = <T>(dir: string, schema: z.ZodType<T>) => {
    const out = new Map<string, LoadedDocument<T>>();
    for (const { id, path } of listFiles(dir, '.mdx')) {
      const file = rel(path);
      checkId(file, id);
      const parsedDoc = read(readMdxFile(path, file));
      if (!parsedDoc) continue;
      const parsed = schema.safeParse(parsedDoc.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, parsed.error, parsedDoc.data));
        continue;
      }
      problems.push(...bodyProblems(file, parsedDoc.body, parsedDoc.bodyLine, datasets, broken));
      out.set(id, { id, file, data: parsed.data, body: parsedDoc.body });
    }
    return out;
  };
  const belts = readDocuments(contentPaths.belts, beltSchema());
  const providers = readDocuments(contentPaths.providers, plainProviderSchema());
  const cases = readDocuments(contentPaths.cases, plainCaseSchema());

  // References between collections
  const expectId = (file: string, field: string, id: string, known: Map<string, unknown>, what: string) => {
    if (what === 'dataset' && broken.has(id)) return;
    if (!known.has(id))
      problems.push({ file, field, message: `unknown ${what} "${id}": expected one of ${[...known.keys()].join(', ') || '(none)'}` });
  };
  const expectRef = (file: string, field: string, kind: RefKind, ref: string) => {
    if (broken.has(parseFigureRef(ref)?.dataset ?? '')) return;
    const found = lookupRef(datasets, kind, ref);
    if ('error' in found) problems.push({ file, field, message: found.error });
  };
  const expectCharts = (file: string, charts: readonly ChartSpec[]) =>
    charts.forEach((chart, c) => {
      if (chart.type === 'timeline') chart.milestones.forEach((ref, i) => expectRef(file, `charts[${c}].milestones[${i}]`, 'date', ref));
      else chart.figures.forEach((ref, i) => expectRef(file, `charts[${c}].figures[${i}]`, 'fig', ref));
    });
  for (const provider of providers.values()) {
    expectCharts(provider.file, provider.data.charts);
    provider.data.belts.forEach((belt, i) => expectId(provider.file, `belts[${i}]`, belt, belts, 'belt'));
    expectId(provider.file, 'dataset', provider.data.dataset, datasets, 'dataset');
    provider.data.scale.forEach((ref, i) => expectRef(provider.file, `scale[${i}]`, 'fig', ref));
    const dataset = datasets.get(provider.data.dataset);
    for (const key of ['founded', 'providerSince'] as const) {
      const milestone = provider.data[key];
      if (milestone && dataset && !dataset.data.milestones.some((m) => m.id === milestone))
        problems.push({ file: provider.file, field: key, message: `unknown milestone "${milestone}" in dataset ${dataset.id}: expected one of ${dataset.data.milestones.map((m) => m.id).join(', ') || '(none)'}` });
    }
  }
  for (const entry of cases.values()) {
    expectId(entry.file, 'provider', entry.data.provider, providers, 'provider');
    expectId(entry.file, 'belt', entry.data.belt, belts, 'belt');
    expectId(entry.file, 'dataset', entry.data.dataset, datasets, 'dataset');
    entry.data.keyFigures.forEach((ref, i) => expectRef(entry.file, `keyFigures[${i}]`, 'fig', ref));
    expectCharts(entry.file, entry.data.charts);
    if (options.practiceIds) {
      const known = options.practiceIds;
      entry.data.practices.forEach((id, i) => {
        if (!known.has(id))
          problems.push({ file: entry.file, field: `practices[${i}]`, message: `unknown handbook practice "${id}": expected one of ${[...known].join(', ')}` });
      });
    }
  }

  return { sources, datasets, providers, belts, cases, problems, brokenDatasets: broken };
}

/**
 * Problems in an MDX body: `:fig[…]`/`:date[…]` references that do not
 * resolve, and numbers typed by hand. Used for cases, providers, belts and
 * handbook chapters alike.
 */
export function bodyProblems(
  file: string,
  body: string,
  bodyLine: number,
  datasets: DatasetIndex,
  broken: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const directive of findFigureDirectives(body)) {
    if (broken.has(parseFigureRef(directive.ref)?.dataset ?? '')) continue;
    const found = lookupRef(datasets, directive.name, directive.ref);
    if ('error' in found) problems.push({ file, field: `line ${bodyLine + directive.line - 1}, :${directive.name}[${directive.ref}]`, message: found.error });
  }
  for (const typed of findTypedNumbers(body))
    problems.push({
      file,
      field: `line ${bodyLine + typed.line - 1}`,
      message: `number "${typed.text}" typed in the text: cite it from its dataset with :fig[<dataset>/<entry>] or :date[<dataset>/<milestone>] (rule 1: no figure is typed twice)`,
    });
  return problems;
}

function duplicateIds(items: readonly { id: string }[], field: string, file: string, problems: ContentProblem[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ file, field: `${field}[${i}].id`, message: `duplicate id "${item.id}": ids must be unique in a dataset` });
    seen.add(item.id);
  });
}
