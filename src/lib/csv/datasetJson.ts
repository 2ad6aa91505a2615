import type { Source } from '../../schemas/source.ts';
import type { LoadedDataset } from '../content/datasetIndex.ts';
import { sourcesOfDatasets } from '../content/sourcesOfDatasets.ts';
import { sourceUrl } from '../urls.ts';

/**
 * A dataset as its JSON download: as stored, with every derived value
 * computed, each quote's `source` carrying its document's title, and the
 * documents themselves under `sources` (title, publisher, date, address).
 */
export function datasetJson(dataset: LoadedDataset, sources: ReadonlyMap<string, Source>) {
  const titled = <T extends { document: string }>(source: T) => ({ ...source, title: sources.get(source.document)?.title });
  // `$schema` points editors at schemas/ in the repository, which the site does not serve.
  const { $schema, ...data } = dataset.data;
  return {
    id: dataset.id,
    ...data,
    entries: dataset.entries.map((e) => (e.kind === 'stated' ? { ...e, source: titled(e.source) } : e)),
    milestones: dataset.data.milestones.map((m) => ({ ...m, source: titled(m.source) })),
    sources: Object.fromEntries(
      sourcesOfDatasets([dataset.id], new Map([[dataset.id, dataset]])).map((id) => {
        const s = sources.get(id);
        return [id, { title: s?.title, publisher: s?.publisher, date: s?.date, url: s?.url, page: sourceUrl(id) }];
      }),
    ),
  };
}
