/**
 * Every collection query of the site, in one place: pages and components
 * receive plain, shaped data from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveEntries } from './lib/formula/resolveEntries.ts';
import type { DatasetIndex, LoadedDataset } from './lib/content/datasetIndex.ts';
import type { ChartSpec } from './schemas/chart.ts';
import { datasetUsage, type CitingPage } from './lib/charts/datasetUsage.ts';
import { providerScaleChart } from './lib/content/siteCharts.ts';
import { caseUrl, providerUrl } from './lib/urls.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type ProviderEntry = CollectionEntry<'providers'>;
export type BeltEntry = CollectionEntry<'belts'>;
export type SourceEntry = CollectionEntry<'sources'>;

const byOrder = (a: CaseEntry, b: CaseEntry) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/** All cases, in their editorial order. */
export async function getCases(): Promise<CaseEntry[]> {
  return (await getCollection('cases')).sort(byOrder);
}

/** All providers, by id. */
export async function getProviders(): Promise<ProviderEntry[]> {
  return (await getCollection('providers')).sort((a, b) => a.id.localeCompare(b.id));
}

/** All belts, by id. */
export async function getBelts(): Promise<BeltEntry[]> {
  return (await getCollection('belts')).sort((a, b) => a.id.localeCompare(b.id));
}

/** All source documents. */
export async function getSources(): Promise<SourceEntry[]> {
  return getCollection('sources');
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

/** Cases of one provider. */
export async function getCasesOfProvider(providerId: string): Promise<CaseEntry[]> {
  return (await getCases()).filter((c) => c.data.provider.id === providerId);
}

/** Cases in one belt. */
export async function getCasesOfBelt(beltId: string): Promise<CaseEntry[]> {
  return (await getCases()).filter((c) => c.data.belt.id === beltId);
}

/** Providers working in one belt. */
export async function getProvidersOfBelt(beltId: string): Promise<ProviderEntry[]> {
  return (await getProviders()).filter((p) => p.data.belts.some((b) => b.id === beltId));
}

/** The charts of a provider page: its own, then how it compares with the other providers. */
export function providerCharts(entry: ProviderEntry): ChartSpec[] {
  return [...entry.data.charts, providerScaleChart];
}

/** What a case page cites: its dataset, key figures, charts and the figures in its prose. */
export function caseCitations(entry: CaseEntry): CitingPage {
  const { data } = entry;
  return { url: caseUrl(entry.id), title: data.title, dataset: data.dataset.id, refs: data.keyFigures, charts: data.charts, body: entry.body };
}

/** What a provider page cites: its dataset, scale figures, charts and the figures in its prose. */
export function providerCitations(entry: ProviderEntry): CitingPage {
  const { data } = entry;
  return { url: providerUrl(entry.id), title: data.name, dataset: data.dataset.id, refs: data.scale, charts: providerCharts(entry), body: entry.body };
}

/** For each dataset id, the case and provider pages that cite it. */
export async function getDatasetUsage(): Promise<Map<string, { url: string; title: string }[]>> {
  const [cases, providers] = await Promise.all([getCases(), getProviders()]);
  return datasetUsage([...cases.map(caseCitations), ...providers.map(providerCitations)]);
}
