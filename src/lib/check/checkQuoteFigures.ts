import type { Citation } from '../../schemas/dataset.ts';
import type { LoadedDataset } from '../content/datasetIndex.ts';
import { matchQuoteFigure } from '../quote/matchQuoteFigure.ts';
import { readQuoteNumbers, type QuoteDate } from '../quote/readQuoteNumbers.ts';
import { formatPath, type ContentProblem } from './contentProblem.ts';
import { findQuote } from './findQuote.ts';
import type { LoadedSource } from './readSources.ts';

/**
 * Every stated entry against the number its quote states: value, valueMax,
 * unit and bound must be what the quote says (“比6月份增长61.23%” is
 * +61.23%, not +61.32%). When the quote holds several candidate numbers,
 * `source.figure` (the exact words, “61.23%”) says which one the entry takes;
 * without it the check reports the ambiguity. Each milestone's date (and
 * end) must agree with a date its quote gives. `names` are the allowed number
 * words (818, 双11), which are names in a quote, not figures.
 */
export function checkQuoteFigures(datasets: ReadonlyMap<string, LoadedDataset>, sources: ReadonlyMap<string, LoadedSource>, names: readonly string[]): ContentProblem[] {
  // A quote not found in its source is checkQuotes' problem; its numbers are not read until it is fixed.
  const found = (citation: Citation) => {
    const source = sources.get(citation.document);
    return source !== undefined && findQuote(source.text, citation.quote) !== undefined;
  };
  const problems: ContentProblem[] = [];
  for (const dataset of datasets.values()) {
    dataset.data.entries.forEach((entry, i) => {
      if (entry.kind !== 'stated' || !found(entry.source)) return;
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
      const [zh, en] = splitGloss(match.message);
      problems.push({ file: dataset.file, field: formatPath(path), message: `${zh}(引文：“${quote}”)`, ...(en ? { gloss: en } : {}) });
    });
    dataset.data.milestones.forEach((milestone, i) => {
      if (!found(milestone.source)) return;
      const dates = readQuoteNumbers(milestone.source.quote, { names }).filter((n) => n.kind === 'date');
      const start = isoParts(milestone.date);
      const end = milestone.end === undefined ? undefined : isoParts(milestone.end);
      const agrees = dates.some((n) => compatible(n.date, start) && (end === undefined || (n.dateEnd !== undefined && compatible(n.dateEnd, end))));
      if (agrees) return;
      const field = end !== undefined && dates.some((n) => compatible(n.date, start)) ? 'end' : 'date';
      const read = dates.map((n) => `“${n.text}”`).join('、') || '无';
      problems.push({
        file: dataset.file,
        field: `milestones[${i}].${field}`,
        message: `引文里的日期(${read})与数据的 ${milestone.date}${milestone.end ? `–${milestone.end}` : ''} 不符(引文：“${milestone.source.quote}”)`,
        gloss: `the quote's dates (${dates.map((n) => n.text).join(', ') || 'none'}) do not give ${milestone.date}${milestone.end ? ` to ${milestone.end}` : ''}`,
      });
    });
  }
  return problems;
}

/** The quote reader's messages say “中文 / English”: the check keeps them as message and gloss. */
function splitGloss(message: string): [string, string | undefined] {
  const at = message.indexOf(' / ');
  return at < 0 ? [message, undefined] : [message.slice(0, at), message.slice(at + 3)];
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
