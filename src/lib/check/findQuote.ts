/** Where a quote stands in its source text, if it stands there word for word. */
export interface QuoteMatch {
  /** Offset of the first character. */
  index: number;
  /** 1-based line of the source text. */
  line: number;
}

/**
 * Looks for `quote` in `text` character for character: no normalising of
 * punctuation or width, because the site promises the words are the source's own.
 * Only line breaks inside the quote may stand for a line break in the text.
 */
export function findQuote(text: string, quote: string): QuoteMatch | undefined {
  if (quote.trim().length === 0) return undefined;
  const index = text.indexOf(quote);
  if (index < 0) return undefined;
  return { index, line: text.slice(0, index).split('\n').length };
}

/**
 * The longest start of `quote` that does occur in `text`: tells an editor
 * where a quote stops matching (“matches up to …”).
 */
export function longestMatchingPrefix(text: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return quote.slice(0, lo);
}
