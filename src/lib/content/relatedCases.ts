import { caseUrl } from '../urls.ts';

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

/**
 * `relatedCases` of every case at once, with the same answers: each case
 * scores only the cases that share its provider or a practice, counting
 * shared practices through per-practice lists (a thousand cases would
 * otherwise score the whole list a thousand times). `ordered` is every case
 * in editorial order, as for `relatedCases`.
 */
export function relatedCasesOfAll<T extends RelatedCaseInput>(ordered: readonly T[], count = 2): Map<string, { next: T | undefined; related: T[] }> {
  // Positions of the cases of each provider and of each practice (once per mention, as `relatedCases` counts them).
  const byProvider = new Map<string, number[]>();
  const byPractice = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  ordered.forEach((c, at) => {
    add(byProvider, c.provider, at);
    for (const p of c.practices) add(byPractice, p, at);
  });
  const out = new Map<string, { next: T | undefined; related: T[] }>();
  const shared = new Int32Array(ordered.length);
  // seen[i] === at: case i is already among the candidates of the case at `at`.
  const seen = new Int32Array(ordered.length).fill(-1);
  ordered.forEach((current, at) => {
    const following = ordered[(at + 1) % ordered.length]!;
    const next = following.id === current.id ? undefined : following;
    const candidates: number[] = [];
    const touch = (i: number) => {
      if (seen[i] === at) return;
      seen[i] = at;
      candidates.push(i);
    };
    for (const i of byProvider.get(current.provider) ?? []) touch(i);
    for (const p of new Set(current.practices)) {
      for (const i of byPractice.get(p) ?? []) {
        touch(i);
        shared[i]!++;
      }
    }
    // The best `count`, most related first, ties in editorial order.
    const best: { i: number; s: number }[] = [];
    for (const i of candidates) {
      const c = ordered[i]!;
      const s = 2 * shared[i]! + (c.provider === current.provider ? 1 : 0);
      shared[i] = 0;
      if (s <= 0 || c.id === current.id || c.id === next?.id) continue;
      let k = best.length;
      while (k > 0 && (best[k - 1]!.s < s || (best[k - 1]!.s === s && best[k - 1]!.i > i))) k--;
      if (k >= count) continue;
      best.splice(k, 0, { i, s });
      if (best.length > count) best.pop();
    }
    out.set(current.id, { next, related: best.map(({ i }) => ordered[i]!) });
  });
  return out;
}

/** What the 接着读 list needs of a case. */
export interface ReadNextCase {
  id: string;
  data: { title: string; merchant?: string | undefined; provider: { id: string }; practices: readonly string[] };
}

/** One link of a case page's 接着读 list, as the page shows it. */
export interface ReadNextItem {
  kind: '下一个案例' | '相关案例';
  href: string;
  title: string;
  /** Whose case it is, and for a related one why it is related. */
  note: string;
}

/**
 * A case page's 接着读 list: the next case and the related ones (from
 * `relatedCases`), each with its provider (× merchant) and, for a related
 * one, what it shares: the provider, the practices by their titles.
 */
export function readNextItems<T extends ReadNextCase>(
  current: T,
  found: { next: T | undefined; related: readonly T[] },
  names: { providers: ReadonlyMap<string, string>; practices: ReadonlyMap<string, string> },
): ReadNextItem[] {
  const who = (c: T) => `${names.providers.get(c.data.provider.id) ?? ''}${c.data.merchant ? ` × ${c.data.merchant}` : ''}`;
  const why = (c: T) => {
    const shared = c.data.practices.filter((id) => current.data.practices.includes(id)).map((id) => names.practices.get(id) ?? id);
    return [c.data.provider.id === current.data.provider.id ? '同一服务商' : '', shared.length > 0 ? `同样用到：${shared.join('、')}` : ''].filter(Boolean).join('；');
  };
  return [
    ...(found.next ? [{ kind: '下一个案例' as const, href: caseUrl(found.next.id), title: found.next.data.title, note: who(found.next) }] : []),
    ...found.related.map((c) => ({ kind: '相关案例' as const, href: caseUrl(c.id), title: c.data.title, note: `${who(c)} · ${why(c)}` })),
  ];
}
