import { beltIndexUrl, beltUrl, providerIndexUrl, providerUrl, type CaseFacet } from '../urls.ts';

/** What grouping needs of a case. */
export interface FacetCase {
  data: {
    serviceTypes: readonly string[];
    belt: { id: string };
    provider: { id: string };
    practices: readonly string[];
  };
}

/** A subset of the cases that `/cases/` links to as its own list: one service type, belt, provider or practice. */
export interface CaseFacetGroup<T> {
  facet: CaseFacet;
  /** The belt's, provider's or practice's id; a service type's name (service types have no other id). */
  id: string;
  /** What the reader sees (“代运营”, the belt's or provider's name, the section's title). */
  name: string;
  /** The page about the belt, provider or practice itself, if there is one. */
  about: string | undefined;
  cases: T[];
}

/** The groups cases fall into, each kind in its own order. */
export interface FacetKinds {
  /** Service type names, in vocabulary order. */
  serviceTypes: readonly string[];
  belts: readonly { id: string; name: string }[];
  providers: readonly { id: string; name: string }[];
  /** Handbook sections (practices), in handbook order, with their addresses. */
  sections: readonly { id: string; title: string; href: string }[];
}

/** Every non-empty facet of the case index: service types, belts, providers, practices; cases in the order given. */
export function caseFacetGroups<T extends FacetCase>(cases: readonly T[], kinds: FacetKinds): CaseFacetGroup<T>[] {
  const groups: CaseFacetGroup<T>[] = [
    ...kinds.serviceTypes.map((name) => ({ facet: 'service' as const, id: name, name, about: undefined, cases: cases.filter((c) => c.data.serviceTypes.includes(name)) })),
    ...kinds.belts.map((b) => ({ facet: 'belt' as const, id: b.id, name: b.name, about: beltUrl(b.id), cases: cases.filter((c) => c.data.belt.id === b.id) })),
    ...kinds.providers.map((p) => ({ facet: 'provider' as const, id: p.id, name: p.name, about: providerUrl(p.id), cases: cases.filter((c) => c.data.provider.id === p.id) })),
    ...kinds.sections.map((s) => ({ facet: 'practice' as const, id: s.id, name: s.title, about: s.href, cases: cases.filter((c) => c.data.practices.includes(s.id)) })),
  ];
  return groups.filter((g) => g.cases.length > 0);
}

/** One kind of facet as `/cases/` links to it: the largest few groups, how many there are, and where the full list is. */
export interface FacetNavKind {
  facet: CaseFacet;
  title: string;
  /** The full list of this kind (the provider and belt indexes), if there is one. */
  all: string | undefined;
  groups: { facet: CaseFacet; id: string; name: string; count: number }[];
  /** Groups of this kind in all. */
  count: number;
}

/** The facet links above `/cases/`: service types, belts and providers, the `limit` largest groups of each. */
export function facetNav(groups: readonly CaseFacetGroup<unknown>[], limit: number): FacetNavKind[] {
  const kinds = [
    { facet: 'service' as const, title: '按服务类型', all: undefined },
    { facet: 'belt' as const, title: '按产业带', all: beltIndexUrl() },
    { facet: 'provider' as const, title: '按服务商', all: providerIndexUrl() },
  ];
  return kinds.map((kind) => {
    const ofKind = groups.filter((g) => g.facet === kind.facet);
    // The largest groups first (ties in the order given).
    const top = [...ofKind].sort((a, b) => b.cases.length - a.cases.length).slice(0, limit);
    return { ...kind, groups: top.map((g) => ({ facet: g.facet, id: g.id, name: g.name, count: g.cases.length })), count: ofKind.length };
  });
}
