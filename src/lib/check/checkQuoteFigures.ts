import type { LoadedDataset } from '../content/datasetIndex.ts';
import { matchQuoteFigure } from '../quote/matchQuoteFigure.ts';
import { readQuoteNumbers, type QuoteDate } from '../quote/readQuoteNumbers.ts';
import { formatPath, type ContentProblem } from './contentProblem.ts';
import { fileFieldLine } from './fieldLine.ts';

/**
 * Every stated entry against the number its quote states: value, valueMax,
 * unit and bound must be what the quote says (“比6月份增长61.23%” is
 * +61.23%, not +61.32%). When the quote holds several candidate numbers,
 * `source.figure` (the exact words, “61.23%”) says which one the entry takes;
 * without it the check reports the ambiguity. Each milestone's date (and
 * end) must agree with a date its quote gives. `names` are the allowed number
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
    dataset.data.milestones.forEach((milestone, i) => {
      const dates = readQuoteNumbers(milestone.source.quote, { names }).filter((n) => n.kind === 'date');
      const start = isoParts(milestone.date);
      const end = milestone.end === undefined ? undefined : isoParts(milestone.end);
      const agrees = dates.some((n) => compatible(n.date, start) && (end === undefined || (n.dateEnd !== undefined && compatible(n.dateEnd, end))));
      if (agrees) return;
      const field = end !== undefined && dates.some((n) => compatible(n.date, start)) ? 'end' : 'date';
      const line = lineOf(['milestones', i, field]);
      const read = dates.map((n) => `“${n.text}”`).join('、') || '无 / none';
      problems.push({
        file: dataset.file,
        field: `milestones[${i}].${field}`,
        ...(line === undefined ? {} : { line }),
        message:
          `引文里的日期(${read})与数据的 ${milestone.date}${milestone.end ? `–${milestone.end}` : ''} 不符(引文：“${milestone.source.quote}”)` +
          ` / the quote's dates (${dates.map((n) => n.text).join(', ') || 'none'}) do not give ${milestone.date}${milestone.end ? ` to ${milestone.end}` : ''}`,
      });
    });
  }
  return problems;
}

/** 2022-08-14 → { year: 2022, month: 8, day: 14 }. */
function isoParts(iso: string): QuoteDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** A date read from a quote may leave out what the data knows from elsewhere (7.25 has no year), never contradict it. */
function compatible(read: QuoteDate | undefined, data: QuoteDate): boolean {
  if (!read) return false;
  return (['year', 'month', 'day'] as const).every((k) => read[k] === undefined || data[k] === undefined || read[k] === data[k]) && (read.year !== undefined || read.month !== undefined || read.day !== undefined);
}
