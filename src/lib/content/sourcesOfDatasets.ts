import type { DatasetIndex } from './datasetIndex.ts';

/**
 * The source documents the quotes of some datasets come from, in first-use
 * order: what a page whose 数据来源 block lists these datasets must credit.
 */
export function sourcesOfDatasets(datasetIds: readonly string[], index: DatasetIndex): string[] {
  const ids = new Set<string>();
  for (const id of datasetIds) {
    const dataset = index.get(id);
    if (!dataset) continue;
    for (const entry of dataset.entries) if (entry.kind === 'stated') ids.add(entry.source.document);
    for (const milestone of dataset.data.milestones) ids.add(milestone.source.document);
  }
  return [...ids];
}
