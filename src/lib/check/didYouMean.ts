import { distance } from 'fastest-levenshtein';

/**
 * The known word closest to `typed` by edit distance, when it is close enough
 * to be a slip (`keyFigure` → `keyFigures`, `lexu-meida` → `lexu-media`):
 * one edit in a word of three letters or fewer, else two or a third of its
 * length, whichever is more. Case
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
  // One slip in a short word, two in a longer one (a swapped pair `lable` → `label` is two edits), a third of a long one.
  const length = Math.max(typed.length, best.word.length);
  const allowed = length <= 3 ? 1 : Math.max(2, Math.floor(length / 3));
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
