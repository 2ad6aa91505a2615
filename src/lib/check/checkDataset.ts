import type { Dataset } from '../../schemas/dataset.ts';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { ContentProblem } from './contentProblem.ts';
import { checkFormulas } from './checkFormulas.ts';
import { checkQuotes } from './checkQuotes.ts';
import { checkRelations } from './checkRelations.ts';
import type { LoadedSource } from './readSources.ts';

/**
 * Checks a dataset that passed its schema: ids unique, every quote found in
 * its source, every derived value computed, every declared relation true.
 */
export function checkDataset(file: string, data: Dataset, sources: ReadonlyMap<string, LoadedSource>): { entries: ResolvedEntry[]; problems: ContentProblem[] } {
  const problems = [...duplicateIds(data.entries, 'entries', file), ...duplicateIds(data.milestones, 'milestones', file), ...checkQuotes(file, data, sources)];
  const formulas = checkFormulas(file, data);
  problems.push(...formulas.problems);
  for (const problem of checkRelations(data, formulas.entries, data.milestones)) problems.push({ file, ...problem });
  return { entries: formulas.entries, problems };
}

function duplicateIds(items: readonly { id: string }[], field: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ file, field: `${field}[${i}].id`, message: `duplicate id "${item.id}": ids must be unique in a dataset` });
    seen.add(item.id);
  });
  return problems;
}
