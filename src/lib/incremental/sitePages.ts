/**
 * What the content-driven pages show, and their cache keys for Astro's
 * incremental build (`experimental.incrementalBuild`): a page whose
 * getStaticPaths() gives the same `cacheKey` as in the last build, and whose
 * code is unchanged, is copied from that build instead of rendered.
 *
 * So a key must change whenever anything the page shows changes (a key that
 * misses something is a stale page), and should change for nothing else
 * (every needless change renders the page again). Astro itself tracks the
 * page's code and the compiled MDX body it renders (`render(entry)`) for
 * handbook chapters and the home page; a case's, provider's, belt's or
 * source's body is rendered while content syncs and kept as data, so its
 * entry's `digest` (which covers the figures and glossary terms the body
 * shows: src/loaders/markdownBodyGlob.ts) is in the key. Everything else
 * comes from content and must be in the key. Each key below is therefore built from exactly what its page
 * shows: the cross-entity parts (cards, read-next links, the facet links, the
 * provider-scale chart…) are computed here once, handed to the page as props
 * and hashed as they are, so what a page renders and what its key covers
 * cannot drift apart. A page shows a case's MDX body only on the case's own
 * page: every list shows cards, built from frontmatter.
 *
 * Pure: takes plain data (`SiteContent`, gathered by src/content.ts) and is
 * unit-tested without a build (tests/unit/incremental/).
 */
import { createHash } from 'node:crypto';
import type { ChartSpec } from '../../schemas/chart.ts';
import { datasetsOfPage } from '../charts/datasetUsage.ts';
import { caseCard, type CardCase, type CaseCardView } from '../content/caseCard.ts';
import type { DatasetIndex, LoadedDataset } from '../content/datasetIndex.ts';
import { providerScaleChart } from '../content/providerScaleChart.ts';
import { readNextItems, relatedCasesOfAll, type ReadNextItem } from '../content/relatedCases.ts';
import { sourcesOfDatasets } from '../content/sourcesOfDatasets.ts';
import { practiceCaseList } from '../handbook/practiceCases.ts';
import { caseFacetGroups, facetNav, type CaseFacetGroup, type FacetCase, type FacetNavKind } from '../lists/caseFacets.ts';
import { listSizes } from '../lists/listSizes.ts';
import { paginateList, type ListPage } from '../lists/paginate.ts';
import { sourceOrder } from '../lists/sourceOrder.ts';
import { beltUrl, caseFacetUrl, caseIndexUrl, caseUrl, chapterUrl, dataIndexUrl, datasetCsvUrl, datasetJsonUrl, datasetUrl, providerIndexUrl, providerUrl, sectionShareUrl, sourceIndexUrl, sourceUrl } from '../urls.ts';

/** A case as pages use it: frontmatter and MDX body. */
export interface SiteCase extends CardCase, FacetCase {
  body?: string | undefined;
  /** The content layer's digest of the entry: of its file and of what its rendered body shows besides (src/loaders/markdownBodyGlob.ts). */
  digest?: string | number | undefined;
  data: CardCase['data'] &
    FacetCase['data'] & {
      order: number;
      dataset: { id: string };
      charts: readonly ChartSpec[];
      campaign?: string | undefined;
    };
}

/** A provider: frontmatter (every field of it may be shown) and MDX body. */
export interface SiteProvider {
  id: string;
  body?: string | undefined;
  /** The content layer's digest of the entry: of its file and of what its rendered body shows besides (src/loaders/markdownBodyGlob.ts). */
  digest?: string | number | undefined;
  data: { name: string; summary: string; belts: readonly { id: string }[]; scale: readonly string[]; charts: readonly ChartSpec[]; dataset: { id: string } };
}

/** A belt: frontmatter and MDX body. */
export interface SiteBelt {
  id: string;
  body?: string | undefined;
  /** The content layer's digest of the entry: of its file and of what its rendered body shows besides (src/loaders/markdownBodyGlob.ts). */
  digest?: string | number | undefined;
  data: { name: string; place?: string | undefined };
}

/** A handbook section (practice), as pages link to it. */
export interface SiteSection {
  id: string;
  title: string;
  chapterTitle: string;
  href: string;
}

/** A handbook chapter: its titles, sections and MDX body. */
export interface SiteChapter {
  id: string;
  title: string;
  shortTitle: string;
  description: string;
  href: string;
  sections: readonly SiteSection[];
  entry: { body?: string | undefined };
}

/** An old handbook address and where it leads now. */
export interface MovedLink {
  id: string;
  href: string;
  title: string;
}

/** A source document: frontmatter (every field of it may be shown) and the platform-level prose of its body. */
export interface SiteSource {
  id: string;
  body?: string | undefined;
  /** The content layer's digest of the entry: of its file and of what its rendered body shows besides (src/loaders/markdownBodyGlob.ts). */
  digest?: string | number | undefined;
  data: { title: string; publisher?: string | undefined; date?: string | undefined; campaign?: string | undefined };
}

/** Everything the content-driven pages show, as plain data. */
export interface SiteContent<C extends SiteCase = SiteCase, P extends SiteProvider = SiteProvider, B extends SiteBelt = SiteBelt> {
  /** Every case, in editorial order. */
  cases: readonly C[];
  /** Every provider, by id. */
  providers: readonly P[];
  /** Every belt, by id. */
  belts: readonly B[];
  datasets: DatasetIndex;
  /** Every source document. */
  sources: readonly SiteSource[];
  /** Service type names, in vocabulary order. */
  serviceTypes: readonly string[];
  /** Campaign names by id. */
  campaigns: ReadonlyMap<string, string>;
  /** Handbook chapters, in handbook order. */
  chapters: readonly SiteChapter[];
  /** For each dataset id, the pages that cite it. */
  usage: ReadonlyMap<string, readonly { url: string; title: string }[]>;
  /** For each source id, the pages whose figures come from it. */
  sourceUsage: ReadonlyMap<string, readonly { url: string; title: string }[]>;
  /** Old handbook addresses (content/handbook/section-ids.json): each chapter's moved sections, by chapter id; chapters that are gone. */
  moved: { sections: ReadonlyMap<string, readonly MovedLink[]>; chapters: readonly (MovedLink & { sections: readonly MovedLink[] })[] };
}

/** A provider on `/providers/`: the card shows its frontmatter and how many cases it has. */
export interface ProviderRow<P extends SiteProvider> {
  provider: P;
  caseCount: number;
}

/** A source document on `/sources/`: the card shows its title, publisher, date and campaign, and how many pages draw on it. */
export interface SourceRow {
  source: SiteSource;
  /** Its campaign's name (its id when the vocabulary has no name for it), if it reports on one. */
  campaign: string | undefined;
  /** How many pages draw on it. */
  pageCount: number;
}

/** The head of a facet page: which facet, its name, and the page about it. */
export type FacetHead = Omit<CaseFacetGroup<unknown>, 'cases'>;

/** Every keyed page's view and cache key. */
export interface SitePages<C extends SiteCase, P extends SiteProvider> {
  /** Every case's card, by case id. */
  cards: ReadonlyMap<string, CaseCardView>;
  /** The facets of the case index, cases in editorial order. */
  facetGroups: readonly CaseFacetGroup<C>[];
  /** `/cases/`, `/cases/page/<n>/`: facet links on page 1 only. */
  caseIndex: { page: ListPage<CaseCardView>; facets: FacetNavKind[] | undefined; cacheKey: string }[];
  /** `/cases/<facet>/<id>/` and its pages. */
  facetPages: { group: FacetHead; page: ListPage<CaseCardView>; cacheKey: string }[];
  /** `/cases/<slug>/`, by case id. */
  casePages: ReadonlyMap<string, { readNext: ReadNextItem[]; cited: string[]; cacheKey: string }>;
  /** `/providers/`, `/providers/page/<n>/`: the scale chart on page 1 only. */
  providerIndex: { page: ListPage<ProviderRow<P>>; chart: ChartSpec | undefined; cacheKey: string }[];
  /** `/providers/<id>/`, by provider id. */
  providerPages: ReadonlyMap<string, { belts: Link[]; cases: CaseCardView[]; caseCount: number; charts: ChartSpec[]; cited: string[]; cacheKey: string }>;
  /** `/belts/<id>/`, by belt id. */
  beltPages: ReadonlyMap<string, { providers: (Link & { summary: string })[]; cases: CaseCardView[]; caseCount: number; onward: (Link & { place: string | undefined; caseCount: number })[] | undefined; cited: string[]; cacheKey: string }>;
  /** `/data/`, `/data/page/<n>/`, datasets by id. */
  datasetIndex: { page: ListPage<LoadedDataset>; cacheKey: string }[];
  /** `/data/<id>/` (`page`) and its CSV and JSON downloads (`files`), by dataset id. */
  datasetPages: ReadonlyMap<string, { page: string; files: string }>;
  /** `/sources/`, `/sources/page/<n>/`, newest first. */
  sourceIndex: { page: ListPage<SourceRow>; cacheKey: string }[];
  /** `/sources/<id>/`, by source id: the pages and datasets that draw on it. */
  sourcePages: ReadonlyMap<string, { pages: readonly { url: string; title: string }[]; datasets: (Link & { figures: number; dates: number })[]; cacheKey: string }>;
  /** `/handbook/<chapter>/`, by chapter id, and the forwarding pages of chapters that are gone, by their old id. */
  chapterPages: ReadonlyMap<string, { cacheKey: string }>;
  /** `/handbook/<chapter>/<section>/` (a section's share page), by section id. */
  sectionPages: ReadonlyMap<string, { cacheKey: string }>;
  /** The keys of the pages above by address (tests compare them across edits). */
  keys: ReadonlyMap<string, string>;
}

/** A link as pages show it. */
export interface Link {
  href: string;
  name: string;
}

/** A cache key: a hash of what a page shows, given as JSON-serialisable parts (no Maps or Sets). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * What a page shows of the datasets it cites (figures, charts, its 数据来源
 * block): each dataset whole, and the source documents their quotes name
 * (credited by title, publisher, date and address).
 */
function citedContent(datasetIds: readonly string[], datasets: DatasetIndex, sources: ReadonlyMap<string, SiteSource>): unknown {
  return {
    datasets: datasetIds.map((id) => [id, datasets.get(id)?.data ?? null]),
    sources: sourcesOfDatasets(datasetIds, datasets).map((id) => [id, sources.get(id)?.data ?? null]),
  };
}

/** Every keyed page's view and cache key, computed once per build. */
export function sitePages<C extends SiteCase, P extends SiteProvider, B extends SiteBelt>(site: SiteContent<C, P, B>): SitePages<C, P> {
  const { cases, providers, belts, datasets } = site;
  const sources = new Map(site.sources.map((s) => [s.id, s]));
  const sections = site.chapters.flatMap((c) => c.sections);
  const cited = (ids: readonly string[]) => citedContent(ids, datasets, sources);
  const providerNames = new Map(providers.map((p) => [p.id, p.data.name]));
  const beltNames = new Map(belts.map((b) => [b.id, b.data.name]));
  const cards = new Map(cases.map((c) => [c.id, caseCard(c, { providers: providerNames, belts: beltNames }, datasets)]));
  const cardsOf = (list: readonly C[]) => list.map((c) => cards.get(c.id)!);
  const keys = new Map<string, string>();
  const keyed = <T extends { cacheKey: string }>(url: string, page: T): T => {
    keys.set(url, page.cacheKey);
    return page;
  };

  const facetGroups = caseFacetGroups(cases, {
    serviceTypes: site.serviceTypes,
    belts: belts.map((b) => ({ id: b.id, name: b.data.name })),
    providers: providers.map((p) => ({ id: p.id, name: p.data.name })),
    sections,
  });

  // /cases/ page n shows its number, the number of pages and of cases, its
  // cases' cards, and on page 1 the facet links (largest groups, with counts).
  const nav = facetNav(facetGroups, listSizes.facetLinks);
  const caseIndex = paginateList(cardsOf(cases), listSizes.casesPerPage).map((page) => {
    const facets = page.number === 1 ? nav : undefined;
    return keyed(caseIndexUrl(page.number), { page, facets, cacheKey: cacheKey('cases', page, facets) });
  });

  // A facet page shows the facet's name and link, its page of cards, the count.
  const facetPages = facetGroups.flatMap(({ cases: members, ...group }) =>
    paginateList(cardsOf(members), listSizes.casesPerPage).map((page) =>
      keyed(caseFacetUrl(group.facet, group.id, page.number), { group, page, cacheKey: cacheKey('facet', group, page) }),
    ),
  );

  // A case page shows the case (frontmatter and body), its provider's and
  // belt's names, its campaign's name, its practices' titles (and chapters),
  // the figures, charts and sources of every dataset it cites, and the cases
  // to read next with their titles and providers.
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const practiceTitles = new Map(sections.map((s) => [s.id, s.title]));
  // site.cases is in editorial order, as relatedCasesOfAll expects.
  const related = relatedCasesOfAll(cases.map((c) => ({ id: c.id, provider: c.data.provider.id, practices: c.data.practices, order: c.data.order, entry: c })));
  const casePages = new Map(
    cases.map((c) => {
      const found = related.get(c.id)!;
      const readNext = readNextItems(c, { next: found.next?.entry, related: found.related.map((r) => r.entry) }, { providers: providerNames, practices: practiceTitles });
      const citedIds = datasetsOfPage({ url: '', title: '', dataset: c.data.dataset.id, refs: c.data.keyFigures, charts: c.data.charts, body: c.body });
      const shown = {
        provider: [c.data.provider.id, providerNames.get(c.data.provider.id)],
        belt: [c.data.belt.id, beltNames.get(c.data.belt.id)],
        campaign: c.data.campaign === undefined ? null : (site.campaigns.get(c.data.campaign) ?? null),
        practices: c.data.practices.map((id) => sectionsById.get(id) ?? null),
      };
      const key = cacheKey('case', c.id, c.data, c.body ?? '', c.digest ?? '', shown, readNext, cited(citedIds));
      return [c.id, keyed(caseUrl(c.id), { readNext, cited: citedIds, cacheKey: key })];
    }),
  );

  const casesOf = (facet: 'provider' | 'belt', id: string) => facetGroups.find((g) => g.facet === facet && g.id === id)?.cases ?? [];
  const scaleInput = providers.map((p) => ({ name: p.data.name, scale: p.data.scale }));
  const scaleChart = (include?: string) => providerScaleChart(scaleInput, datasets, { limit: listSizes.scaleChartProviders, include }).spec;

  // /providers/ page n shows each of its providers' frontmatter and case
  // count, the page numbers, and on page 1 the scale chart (its spec and the
  // datasets it draws).
  const rows: ProviderRow<P>[] = providers.map((provider) => ({ provider, caseCount: casesOf('provider', provider.id).length }));
  const indexChart = scaleChart();
  const providerIndex = paginateList(rows, listSizes.providersPerPage).map((page) => {
    const chart = page.number === 1 ? indexChart : undefined;
    const shown = { ...page, items: page.items.map((r) => [r.provider.id, r.provider.data, r.caseCount]) };
    const key = cacheKey('providers', shown, chart ?? null, chart ? cited(datasetsOfPage({ url: '', title: '', charts: [chart] })) : null);
    return keyed(providerIndexUrl(page.number), { page, chart, cacheKey: key });
  });

  // A provider page shows the provider (frontmatter and body), its belts'
  // names, its first cases' cards and their count, its charts and the scale
  // chart with itself on it, and every dataset those cite, with sources.
  const providerPages = new Map(
    providers.map((p) => {
      const members = casesOf('provider', p.id);
      const shownCases = cardsOf(members.slice(0, listSizes.entityCases));
      const scale = scaleChart(p.data.name);
      const charts = scale ? [...p.data.charts, scale] : [...p.data.charts];
      const citedIds = datasetsOfPage({ url: '', title: '', dataset: p.data.dataset.id, refs: p.data.scale, charts, body: p.body });
      const myBelts = belts.filter((b) => p.data.belts.some((ref) => ref.id === b.id)).map((b) => ({ href: beltUrl(b.id), name: b.data.name }));
      const key = cacheKey('provider', p.id, p.data, p.body ?? '', p.digest ?? '', myBelts, shownCases, members.length, charts, cited(citedIds));
      return [p.id, keyed(providerUrl(p.id), { belts: myBelts, cases: shownCases, caseCount: members.length, charts, cited: citedIds, cacheKey: key })];
    }),
  );

  // A belt page shows the belt (frontmatter and body), its providers' names
  // and summaries, its first cases' cards and their count, the datasets its
  // prose cites; a belt with neither providers nor cases shows the other
  // belts that have cases instead (name, place, count).
  const beltPages = new Map(
    belts.map((b) => {
      const members = casesOf('belt', b.id);
      const shownCases = cardsOf(members.slice(0, listSizes.entityCases));
      const beltProviders = providers.filter((p) => p.data.belts.some((ref) => ref.id === b.id)).map((p) => ({ href: providerUrl(p.id), name: p.data.name, summary: p.data.summary }));
      const onward =
        beltProviders.length === 0 && members.length === 0
          ? belts
              .filter((o) => o.id !== b.id && casesOf('belt', o.id).length > 0)
              .map((o) => ({ href: beltUrl(o.id), name: o.data.name, place: o.data.place, caseCount: casesOf('belt', o.id).length }))
          : undefined;
      const citedIds = datasetsOfPage({ url: '', title: '', body: b.body });
      const key = cacheKey('belt', b.id, b.data, b.body ?? '', b.digest ?? '', beltProviders, shownCases, members.length, onward ?? null, cited(citedIds));
      return [b.id, keyed(beltUrl(b.id), { providers: beltProviders, cases: shownCases, caseCount: members.length, onward, cited: citedIds, cacheKey: key })];
    }),
  );

  // /data/ page n shows its datasets (title, description, counts of entries
  // and milestones: the dataset's data) and the page numbers.
  const sortedDatasets = [...datasets.values()].sort((a, b) => a.id.localeCompare(b.id));
  const datasetIndex = paginateList(sortedDatasets, listSizes.datasetsPerPage).map((page) => {
    const shown = { ...page, items: page.items.map((d) => [d.id, d.data]) };
    return keyed(dataIndexUrl(page.number), { page, cacheKey: cacheKey('datasets', shown) });
  });

  // A dataset's page shows the dataset, its source documents' titles and the
  // pages that cite it (titles and addresses); its CSV and JSON, the dataset
  // and its source documents.
  const datasetPages = new Map(
    sortedDatasets.map((d) => {
      const documents = sourcesOfDatasets([d.id], datasets).map((id) => [id, sources.get(id)?.data ?? null]);
      const page = cacheKey('dataset', d.id, d.data, documents, site.usage.get(d.id) ?? []);
      const files = cacheKey('dataset files', d.id, d.data, documents);
      keys.set(datasetUrl(d.id), page);
      keys.set(datasetCsvUrl(d.id), files);
      keys.set(datasetJsonUrl(d.id), files);
      return [d.id, { page, files }];
    }),
  );

  // A source's page shows the source (frontmatter; whether its body says
  // anything about the platform), its campaign's name, the pages that draw on
  // it (titles and addresses) and the datasets quoting it (titles, counts).
  const sourcePages = new Map(
    site.sources.map((source) => {
      const pages = site.sourceUsage.get(source.id) ?? [];
      const quoting = sortedDatasets
        .map((d) => ({
          href: datasetUrl(d.id),
          name: d.data.title,
          figures: d.entries.filter((e) => e.kind === 'stated' && e.source.document === source.id).length,
          dates: d.data.milestones.filter((m) => m.source.document === source.id).length,
        }))
        .filter((d) => d.figures + d.dates > 0);
      const campaign = source.data.campaign === undefined ? null : (site.campaigns.get(source.data.campaign) ?? null);
      const key = cacheKey('source', source.id, source.data, source.body ?? '', source.digest ?? '', campaign, pages, quoting);
      return [source.id, keyed(sourceUrl(source.id), { pages, datasets: quoting, cacheKey: key })];
    }),
  );

  // /sources/ page n shows its documents' titles, publishers, dates and
  // campaigns' names, how many pages draw on each, and the page numbers.
  const sourceRows: SourceRow[] = [...site.sources].sort(sourceOrder).map((source) => ({
    source,
    campaign: source.data.campaign === undefined ? undefined : (site.campaigns.get(source.data.campaign) ?? source.data.campaign),
    pageCount: site.sourceUsage.get(source.id)?.length ?? 0,
  }));
  const sourceIndex = paginateList(sourceRows, listSizes.sourcesPerPage).map((page) => {
    const shown = { ...page, items: page.items.map((r) => [r.source.id, r.source.data.title, r.source.data.publisher ?? null, r.source.data.date ?? null, r.campaign ?? null, r.pageCount]) };
    return keyed(sourceIndexUrl(page.number), { page, cacheKey: cacheKey('sources', shown) });
  });

  // A section's share page shows the section's and its chapter's titles and
  // addresses, the chapter's description, and the section's opening paragraph
  // (from the chapter's body, with the figures it cites).
  const sectionPages = new Map(
    site.chapters.flatMap((chapter) => {
      const { entry, sections: chapterSections, ...head } = chapter;
      const shown = cited(datasetsOfPage({ url: '', title: '', body: entry.body }));
      return chapterSections.map((section) => [section.id, keyed(sectionShareUrl(chapter.id, section.id), { cacheKey: cacheKey('section', head, section, entry.body ?? '', shown) })] as const);
    }),
  );

  // A chapter page shows the chapter (titles, description, sections, body),
  // under each section the first cases naming it (title, provider ×
  // merchant, lead figure) and how many there are, the sources of the
  // figures its prose cites, where its old section ids lead now, and the
  // previous and next chapters' titles. A gone chapter's page, where it and
  // its sections lead now.
  const chapterPages = new Map([
    ...site.chapters.map((chapter, i) => {
      const { entry, ...head } = chapter;
      const practices = chapter.sections.map((section) => practiceCaseList(cases, section.id, providerNames, datasets, listSizes.practiceCases));
      const neighbours = [site.chapters[i - 1], site.chapters[i + 1]].map((c) => (c ? { href: c.href, title: c.title } : null));
      const moved = site.moved.sections.get(chapter.id) ?? [];
      const key = cacheKey('chapter', head, entry.body ?? '', practices, moved, neighbours, cited(datasetsOfPage({ url: '', title: '', body: entry.body })));
      return [chapter.id, keyed(chapterUrl(chapter.id), { cacheKey: key })] as const;
    }),
    ...site.moved.chapters.map((m) => [m.id, keyed(chapterUrl(m.id), { cacheKey: cacheKey('moved chapter', m) })] as const),
  ]);

  return { cards, facetGroups, caseIndex, facetPages, casePages, providerIndex, providerPages, beltPages, datasetIndex, datasetPages, sourceIndex, sourcePages, chapterPages, sectionPages, keys };
}
