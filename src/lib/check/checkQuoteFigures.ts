import type { LoadedDataset } from '../content/datasetIndex.ts';
import { matchQuoteFigure } from '../quote/matchQuoteFigure.ts';
import { formatPath, type ContentProblem } from './contentProblem.ts';
import { fileFieldLine } from './fieldLine.ts';

/**
 * Every stated entry against the number its quote states: value, valueMax,
 * unit and bound must be what the quote says (“比6月份增长61.23%” is
 * +61.23%, not +61.32%). When the quote holds several candidate numbers,
 * `source.figure` (the exact words, “61.23%”) says which one the entry takes;
 * without it the check reports the ambiguity. `names` are the allowed number
 * words (818, 双11), which are names in a quote, not figures.
 */
export function checkQuoteFigures(root: string, datasets: ReadonlyMap<string, LoadedDataset>, names: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const dataset of datasets.values()) {
    const lineOf = fileFieldLine(root, dataset.file);
    dataset.data.entries.forEach((entry, i) => {
      if (entry.kind !== 'stated') return;
      const { quote, figure } = entry.source;
      const match = matchQuoteFigure(
        quote,
        { value: entry.value, valueMax: entry.valueMax, unit: entry.unit, bound: entry.bound },
        figure === undefined ? undefined : { text: figure },
        { names },
      );
      if (match.ok) return;
      const path: (string | number)[] =
        match.reason === 'mismatch' ? ['entries', i, match.differs ?? 'value'] : ['entries', i, 'source', figure === undefined && match.reason === 'notFound' ? 'quote' : 'figure'];
      const line = lineOf(path);
      problems.push({
        file: dataset.file,
        field: formatPath(path),
        ...(line === undefined ? {} : { line }),
        message: `${match.message}(引文：“${quote}”)`,
      });
    });
  }
  return problems;
}
