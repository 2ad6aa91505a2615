/** What `relatedCases` needs of a case. */
export interface RelatedCaseInput {
  id: string;
  provider: string;
  practices: readonly string[];
  /** Editorial order (lower first), as on the case index. */
  order: number;
}

/**
 * Where a reader goes after a case: the next case in editorial order (the
 * first after the last), and up to `count` related ones, most related first:
 * a shared handbook practice counts 2, the same provider 1; ties go by
 * editorial order. A case that shares nothing is never called related.
 * `ordered` is every case in editorial order, as `getCases()` gives them:
 * sorting it again for each of a thousand case pages cost more than the rest.
 */
export function relatedCases<T extends RelatedCaseInput>(current: T, ordered: readonly T[], count = 2): { next: T | undefined; related: T[] } {
  const at = ordered.findIndex((c) => c.id === current.id);
  const others = ordered.filter((c) => c.id !== current.id);
  const next = others.length === 0 ? undefined : ordered[(at + 1) % ordered.length]!.id === current.id ? undefined : ordered[(at + 1) % ordered.length];
  const score = (c: T) => 2 * c.practices.filter((p) => current.practices.includes(p)).length + (c.provider === current.provider ? 1 : 0);
  const related = others
    .filter((c) => c.id !== next?.id && score(c) > 0)
    .map((c, i) => ({ c, s: score(c), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, count)
    .map(({ c }) => c);
  return { next, related };
}
