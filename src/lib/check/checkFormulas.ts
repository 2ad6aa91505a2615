import type { Dataset } from '../../schemas/dataset.ts';
import { FormulaError, resolveEntries, type ResolvedEntry } from '../formula/resolveEntries.ts';
import type { ContentProblem } from './contentProblem.ts';

/** Computes every derived entry of a dataset; a formula that cannot be computed becomes a problem (and no entries). */
export function checkFormulas(file: string, data: Dataset): { entries: ResolvedEntry[]; problems: ContentProblem[] } {
  try {
    return { entries: resolveEntries(data), problems: [] };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    const index = data.entries.findIndex((e) => e.id === error.entryId);
    return { entries: [], problems: [{ file, field: `entries[${index}].${error.field}`, message: error.message }] };
  }
}
