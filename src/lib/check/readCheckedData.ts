import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { DatasetIndex, LoadedDataset } from '../content/datasetIndex.ts';
import { resolveEntries } from '../formula/resolveEntries.ts';
import { readDatasets } from './readDatasets.ts';
import { readGlossary } from './readGlossary.ts';

/** What the build's remark plugins take from the content: datasets with their derived values, and the glossary. */
export interface CheckedData {
  datasets: DatasetIndex;
  glossary: GlossaryTerm[];
}

/**
 * The remark plugins' data from a project whose check has just passed (its
 * fingerprint verified: src/lib/check/checkCache.ts), read without checking
 * it again: every dataset through its schema with its derived values
 * computed, and every glossary term. The same as `checkProject` returns for
 * a project that passes. Undefined when anything does not read after all,
 * so the caller runs the whole check and reports why.
 */
export function readCheckedData(root: string): CheckedData | undefined {
  const datasets = new Map<string, LoadedDataset>();
  for (const read of readDatasets(root)) {
    if (!read.value || read.problems.length > 0) return undefined;
    let entries: LoadedDataset['entries'];
    try {
      entries = resolveEntries(read.value);
    } catch {
      return undefined;
    }
    datasets.set(read.id, { id: read.id, file: read.file, data: read.value, entries });
  }
  const glossary = readGlossary(root);
  if (glossary.problems.length > 0) return undefined;
  const terms: GlossaryTerm[] = [];
  for (const term of glossary.terms) {
    if (!term.ok) return undefined;
    terms.push(term.value);
  }
  return { datasets, glossary: terms };
}
