import type { Dataset } from '../../schemas/dataset.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { findQuote, longestMatchingPrefix } from './findQuote.ts';
import type { LoadedSource } from './readSources.ts';

/**
 * Every quote of a dataset (stated entries and milestones) against the source
 * it names: the source must exist and hold the quote word for word.
 */
export function checkQuotes(file: string, data: Dataset, sources: ReadonlyMap<string, LoadedSource>): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
        message: `quote not found word for word in ${document.textFile}: "${source.quote}"${prefix ? ` (matches up to "${prefix}", then differs)` : ''}`,
      });
    }
  }
  return problems;
}
