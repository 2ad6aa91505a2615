import { citationSchema, type Citation } from '../../schemas/dataset.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { knownList, suggestion } from './didYouMean.ts';
import { findQuote, longestMatchingPrefix } from './findQuote.ts';
import type { LoadedSource } from './readSources.ts';

/** The citations of a dataset as read (valid or not): each entry's and milestone's `source` that passes its own schema. */
export function citationsOf(raw: unknown): { field: string; source: Citation }[] {
  if (!raw || typeof raw !== 'object') return [];
  const out: { field: string; source: Citation }[] = [];
  for (const list of ['entries', 'milestones'] as const) {
    const items = (raw as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (!item || typeof item !== 'object' || (list === 'entries' && (item as { kind?: unknown }).kind === 'derived')) return;
      const parsed = citationSchema.safeParse((item as { source?: unknown }).source);
      if (parsed.success) out.push({ field: `${list}[${i}].source`, source: parsed.data });
    });
  }
  return out;
}

/**
 * Every quote of a dataset (stated entries and milestones) against the source
 * it names: the source must exist and hold the quote word for word. Runs on
 * the file as read, so the quotes of a dataset with a schema error elsewhere
 * are checked too. Sources in `brokenSources` (their own problems reported)
 * are not blamed again.
 */
export function checkQuotes(file: string, raw: unknown, sources: ReadonlyMap<string, LoadedSource>, brokenSources: ReadonlySet<string> = new Set()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { field, source } of citationsOf(raw)) {
    const problem = citationProblem(file, field, source, sources, brokenSources);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * Why one citation does not hold, or undefined when it does: its source must
 * exist and hold the quote word for word. Shared by dataset quotes and the
 * provenance of non-numeric claims.
 */
export function citationProblem(
  file: string,
  field: string,
  source: Citation,
  sources: ReadonlyMap<string, LoadedSource>,
  brokenSources: ReadonlySet<string> = new Set(),
): ContentProblem | undefined {
  const document = sources.get(source.document);
  if (!document) {
    if (brokenSources.has(source.document)) return undefined;
    const near = suggestion(source.document, sources.keys());
    return {
      file,
      field: `${field}.document`,
      message: `未知来源 "${source.document}"(${contentPaths.sources}/ 里没有 ${source.document}.mdx)${near.zh || `，已有的来源：${knownList(sources.keys())}`}`,
      gloss: `unknown source document${near.en}`,
    };
  }
  if (findQuote(document.text, source.quote)) return undefined;
  const prefix = longestMatchingPrefix(document.text, source.quote);
  return {
    file,
    field: `${field}.quote`,
    message: `引文在 ${document.textFile} 里找不到原话："${source.quote}"${prefix ? `(前面 "${prefix}" 一致，之后不同)` : ''}；请从原文逐字复制`,
    gloss: 'quote not found word for word in its source',
  };
}
