/**
 * Every collection query of the site, in one place: pages and components
 * receive plain, shaped data from here and never call getCollection themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolveEntries } from './lib/formula/resolveEntries.ts';
import type { DatasetIndex, LoadedDataset } from './lib/content/datasetIndex.ts';
import type { ChartSpec } from './schemas/chart.ts';
import { datasetUsage, datasetsOfPage, type CitingPage } from './lib/charts/datasetUsage.ts';
import { providerScaleChart } from './lib/content/providerScaleChart.ts';
import { sourcesOfDatasets } from './lib/content/sourcesOfDatasets.ts';
import { readVocabularies, type Vocabularies } from './lib/check/readVocabularies.ts';
import { editorialOrder } from './lib/lists/caseOrder.ts';
import { sourceOrder } from './lib/lists/sourceOrder.ts';
import { listSizes } from './lib/lists/listSizes.ts';
import { caseUrl, homeUrl, platformUrl, providerUrl } from './lib/urls.ts';
import { sitePages, type SitePages } from './lib/incremental/sitePages.ts';
import { timed } from './lib/timing/buildTimings.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type ProviderEntry = CollectionEntry<'providers'>;
export type BeltEntry = CollectionEntry<'belts'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type HomePageEntry = CollectionEntry<'site'>;

// Each collection is queried and sorted once per build, not once per page:
// with a thousand cases, every page asking again costs more than the page.
let casesPromise: Promise<CaseEntry[]> | undefined;
let providersPromise: Promise<ProviderEntry[]> | undefined;
let beltsPromise: Promise<BeltEntry[]> | undefined;

/** All cases, in their editorial order. Shared by every page: callers must not change it. */
export function getCases(): Promise<readonly CaseEntry[]> {
  casesPromise ??= getCollection('cases').then((all) => all.sort(editorialOrder));
  return casesPromise;
}

/** All providers, by id. */
export function getProviders(): Promise<readonly ProviderEntry[]> {
  providersPromise ??= getCollection('providers').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return providersPromise;
}

/** All belts, by id. */
export function getBelts(): Promise<readonly BeltEntry[]> {
  beltsPromise ??= getCollection('belts').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return beltsPromise;
}

/** All source documents, newest first (undated last), then by id. */
export async function getSources(): Promise<SourceEntry[]> {
  return (await getCollection('sources')).sort(sourceOrder);
}

/** The home page's content file, if there is one. */
export async function getHomePage(): Promise<HomePageEntry | undefined> {
  return getEntry('site', 'home');
}

let vocabularies: Vocabularies | undefined;

/**
 * Service types, categories and campaigns, from `content/vocabularies/`.
 * The project check has read them before the build starts and stopped it on
 * any problem, so here they are read as they are.
 */
export function getVocabularies(): Vocabularies {
  // The dev server rereads them, so that an editor's new word shows without a restart.
  if (!vocabularies || import.meta.env.DEV) vocabularies = readVocabularies(process.cwd()).vocabularies;
  return vocabularies;
}

/** Campaign names by id. */
export function campaignNames(): Map<string, string> {
  return new Map(getVocabularies().campaigns.map((c) => [c.id, c.name]));
}

let datasetIndexPromise: Promise<DatasetIndex> | undefined;

/** Every dataset with its derived values computed, by id. */
export function getDatasetIndex(): Promise<DatasetIndex> {
  datasetIndexPromise ??= (async () => {
    const map = new Map<string, LoadedDataset>();
    for (const entry of await getCollection('datasets')) {
      map.set(entry.id, { id: entry.id, file: `data/${entry.id}.json`, data: entry.data, entries: resolveEntries(entry.data) });
    }
    return map;
  })();
  return datasetIndexPromise;
}

/**
 * The providers' merchants figures on one chart (the largest few, and `include`
 * — a provider's own page shows where it stands), and the providers whose
 * sources give none.
 */
export async function getProviderScale(include?: string): Promise<{ spec: ChartSpec | undefined; without: string[] }> {
  const [providers, index] = await Promise.all([getProviders(), getDatasetIndex()]);
  return providerScaleChart(
    providers.map((p) => ({ name: p.data.name, scale: p.data.scale })),
    index,
    { limit: listSizes.scaleChartProviders, include },
  );
}

/** The charts of a provider page: its own, then how it compares with the other providers. */
export async function providerCharts(entry: ProviderEntry): Promise<ChartSpec[]> {
  const { spec } = await getProviderScale(entry.data.name);
  return spec ? [...entry.data.charts, spec] : entry.data.charts;
}

/** What a case page cites: its dataset, key figures, charts and the figures in its prose. */
export function caseCitations(entry: CaseEntry): CitingPage {
  const { data } = entry;
  return { url: caseUrl(entry.id), title: data.title, dataset: data.dataset.id, refs: data.keyFigures, charts: data.charts, body: entry.body };
}

/** What a provider page cites: its dataset, scale figures, charts and the figures in its prose. */
export async function providerCitations(entry: ProviderEntry): Promise<CitingPage> {
  const { data } = entry;
  return { url: providerUrl(entry.id), title: data.name, dataset: data.dataset.id, refs: data.scale, charts: await providerCharts(entry), body: entry.body };
}

/** What the home page cites: its featured figures and its charts. */
export async function homeCitations(): Promise<CitingPage | undefined> {
  const home = await getHomePage();
  if (!home) return undefined;
  return { url: homeUrl(), title: home.data.title, refs: home.data.featured, charts: home.data.charts, body: home.body };
}

/** What /platform/ cites: every source's platform prose and charts. */
export async function platformCitations(): Promise<CitingPage> {
  const sources = await getSources();
  return {
    url: platformUrl(),
    title: '平台数据',
    charts: sources.flatMap((s) => s.data.charts),
    body: sources.map((s) => s.body ?? '').join('\n'),
  };
}

let citingPromise: Promise<CitingPage[]> | undefined;
let usagePromise: Promise<Map<string, { url: string; title: string }[]>> | undefined;

/** Every page that cites figures: cases, providers, the home page and /platform/; computed once per build. */
function citingPages(): Promise<CitingPage[]> {
  citingPromise ??= (async () => {
    const [cases, providers, home, platform] = await Promise.all([getCases(), getProviders(), homeCitations(), platformCitations()]);
    return [...cases.map(caseCitations), ...(await Promise.all(providers.map(providerCitations))), ...(home ? [home] : []), platform];
  })();
  return citingPromise;
}

/** For each dataset id, the pages that cite it; computed once per build (every dataset page asks). */
export function getDatasetUsage(): Promise<Map<string, { url: string; title: string }[]>> {
  usagePromise ??= citingPages().then(datasetUsage);
  return usagePromise;
}

let sourceUsagePromise: Promise<Map<string, { url: string; title: string }[]>> | undefined;

/**
 * For each source id, the pages whose figures come from it, through the
 * datasets they cite; computed once per build (every source page asks, and
 * each time it reads every case's prose for its figures).
 */
export function getSourceUsage(): Promise<Map<string, { url: string; title: string }[]>> {
  sourceUsagePromise ??= (async () => {
    const index = await getDatasetIndex();
    const usage = new Map<string, { url: string; title: string }[]>();
    for (const page of await citingPages()) {
      for (const id of sourcesOfDatasets(datasetsOfPage(page), index)) {
        const list = usage.get(id) ?? [];
        list.push({ url: page.url, title: page.title });
        usage.set(id, list);
      }
    }
    return usage;
  })();
  return sourceUsagePromise;
}

// --- pages and their cache keys for Astro's incremental build -----------------

let sitePagesPromise: Promise<SitePages<CaseEntry, ProviderEntry>> | undefined;

/**
 * What the content-driven pages show beyond their own entry (cards, facets,
 * read-next links, charts…) and each page's cache key, computed once per build
 * by `sitePages` (src/lib/incremental/sitePages.ts) from the content gathered here.
 */
export function getSitePages(): Promise<SitePages<CaseEntry, ProviderEntry>> {
  sitePagesPromise ??= (async () => {
    // Imported here: the handbook module reads this one as it loads.
    const { getHandbook, getMovedChapters, getMovedSections } = await import('./handbook.ts');
    const [cases, providers, belts, datasets, sources, { chapters }, usage, sourceUsage, movedChapters] = await Promise.all([
      getCases(),
      getProviders(),
      getBelts(),
      getDatasetIndex(),
      getSources(),
      getHandbook(),
      getDatasetUsage(),
      getSourceUsage(),
      getMovedChapters(),
    ]);
    const movedSections = new Map(await Promise.all(chapters.map(async (c) => [c.id, await getMovedSections(c.id)] as const)));
    const site = {
      cases,
      providers,
      belts,
      datasets,
      sources,
      serviceTypes: getVocabularies().serviceTypes.map((t) => t.name),
      campaigns: campaignNames(),
      chapters,
      usage,
      sourceUsage,
      moved: { sections: movedSections, chapters: movedChapters },
    };
    return timed('page views and cache keys', () => sitePages(site));
  })();
  return sitePagesPromise;
}
