import type { Dataset } from '../../schemas/dataset.ts';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { ContentProblem } from './contentProblem.ts';
import { checkFormulas } from './checkFormulas.ts';
import { checkRelations } from './checkRelations.ts';

/**
 * Checks a dataset that passed its schema: ids unique, every derived value
 * computed, every declared relation true. (Quotes are checked for every
 * dataset, valid or not, by `checkQuotes`.)
 */
export function checkDataset(file: string, data: Pick<Dataset, 'entries' | 'milestones' | 'checks'>): { entries: ResolvedEntry[]; problems: ContentProblem[] } {
  const problems = [...duplicateIds(data.entries, 'entries', file), ...duplicateIds(data.milestones, 'milestones', file)];
  const formulas = checkFormulas(file, data);
  problems.push(...formulas.problems);
  // Without computed values every relation would fail: the formula's own problem is the one to fix.
  if (formulas.problems.length === 0) for (const problem of checkRelations(data, formulas.entries, data.milestones)) problems.push({ file, ...problem });
  return { entries: formulas.entries, problems };
}

function duplicateIds(items: readonly { id: string }[], field: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ file, field: `${field}[${i}].id`, message: `id "${item.id}" 重复了：同一个数据集里的 id 不能相同`, gloss: 'duplicate id' });
    seen.add(item.id);
  });
  return problems;
}
