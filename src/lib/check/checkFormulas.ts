import type { Dataset } from '../../schemas/dataset.ts';
import { FormulaError, resolveEntries, type ResolvedEntry } from '../formula/resolveEntries.ts';
import type { ContentProblem } from './contentProblem.ts';
import { suggestion } from './didYouMean.ts';

/** Computes every derived entry of a dataset; a formula that cannot be computed becomes a problem (and no entries). */
export function checkFormulas(file: string, data: Pick<Dataset, 'entries'>): { entries: ResolvedEntry[]; problems: ContentProblem[] } {
  try {
    return { entries: resolveEntries(data), problems: [] };
  } catch (error) {
    if (error instanceof FormulaError) {
      const index = data.entries.findIndex((e) => e.id === error.entryId);
      return { entries: [], problems: [{ file, field: `entries[${index}].${error.field}`, message: formulaWords(error.message, data), gloss: error.message }] };
    }
    // A value the maths cannot take (growth of -100% or below as a baseline).
    if (error instanceof RangeError) return { entries: [], problems: [{ file, field: 'entries', message: `推算值算不出来：${error.message}`, gloss: error.message }] };
    throw error;
  }
}

function formulaWords(message: string, data: Pick<Dataset, 'entries'>): string {
  const missing = /names entry "([^"]+)"/.exec(message);
  if (missing) {
    const near = suggestion(missing[1]!, data.entries.map((e) => e.id));
    return `公式用到的条目 "${missing[1]}" 在这个数据集里没有${near.zh}`;
  }
  const loop = /refers back to itself through "([^"]+)"/.exec(message);
  if (loop) return `公式经由 "${loop[1]}" 又用到了自己，算不出来`;
  if (/multiple is 0/.test(message)) return '倍数是 0，不能相除';
  return `推算公式算不出来(${message})`;
}
