import { distance } from 'fastest-levenshtein';

/**
 * The known word closest to `typed` by edit distance, when it is close enough
 * to be a slip (`keyFigure` → `keyFigures`, `lexu-meida` → `lexu-media`):
 * at most a third of the word's length, and at least one edit. Case
 * differences count as near misses (`percentchange` → `percentChange`).
 */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  let best: { word: string; cost: number } | undefined;
  for (const word of known) {
    if (word === typed) return undefined;
    const cost = word.toLowerCase() === typed.toLowerCase() ? 0.5 : distance(typed, word);
    if (!best || cost < best.cost) best = { word, cost };
  }
  if (!best) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(typed.length, best.word.length) / 3));
  return best.cost <= allowed ? best.word : undefined;
}

/** `；是不是想写 "keyFigures"？` and its gloss, or empty strings when nothing is close. */
export function suggestion(typed: string, known: Iterable<string>): { zh: string; en: string } {
  const near = didYouMean(typed, known);
  return near ? { zh: `；是不是想写 "${near}"？`, en: `; did you mean "${near}"?` } : { zh: '', en: '' };
}

/** A list of known values for a message, cut after `max`. */
export function knownList(known: Iterable<string>, max = 12): string {
  const all = [...known];
  if (all.length === 0) return '(无 / none)';
  return all.length > max ? `${all.slice(0, max).join(', ')} …(共 ${all.length} 个)` : all.join(', ');
}
