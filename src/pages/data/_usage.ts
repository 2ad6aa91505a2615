import { getCases, getProviders } from '../../content.ts';
import { datasetUsage } from '../../lib/charts/datasetUsage.ts';

/** Which case and provider pages cite each dataset. */
export async function getDatasetUsage() {
  const [cases, providers] = await Promise.all([getCases(), getProviders()]);
  return datasetUsage([
    ...cases.map((c) => ({ url: `/cases/${c.id}/`, title: c.data.title, dataset: c.data.dataset.id, refs: c.data.keyFigures, charts: c.data.charts, body: c.body })),
    ...providers.map((p) => ({ url: `/providers/${p.id}/`, title: p.data.name, dataset: p.data.dataset.id, refs: p.data.scale, charts: p.data.charts, body: p.body })),
  ]);
}
