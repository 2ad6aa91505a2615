import { distance } from 'fastest-levenshtein';

/**
 * The known ids closest to `value`, nearest first: the “did you mean” of a
 * misspelt reference. Only ids within a third of the typed length (at least
 * two edits) count as near; a substring match counts too (`lexu` for `lexu-media`).
 */
export function closestIds(value: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3));
  return [...known]
    .map((id) => ({ id, d: id.includes(value) || value.includes(id) ? 0.5 : distance(value, id) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, max)
    .map(({ id }) => id);
}

/**
 * Problems with a reference to something that must already exist (a provider,
 * a belt, a dataset, a source): empty when it exists, else a message that
 * lists the known ids and the nearest ones.
 */
export function referenceProblems(value: string | undefined, what: string, known: readonly string[], flag: string): string[] {
  const list = known.length ? known.join('、') : '（还没有：先用 npm run new 建一个）';
  if (!value) return [`缺少${what}：用 --${flag} <id> 指定；现有的${what}：${list} / missing --${flag}`];
  if (known.includes(value)) return [];
  const near = closestIds(value, known);
  const hint = near.length ? `你是不是想写 ${near.map((n) => `"${n}"`).join(' 或 ')}？` : '';
  return [`没有${what} "${value}"。${hint}现有的${what}：${list} / unknown ${flag} "${value}"${near.length ? `, did you mean "${near[0]}"?` : ''}`];
}
