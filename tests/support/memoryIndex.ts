import type { DatasetIndex, LoadedDataset } from '../../src/lib/content/datasetIndex.ts';
import { resolveEntries } from '../../src/lib/formula/resolveEntries.ts';
import { datasetSchema, type DatasetInput } from '../../src/schemas/dataset.ts';

/** A dataset index built in memory, for the pure functions. */
export function memoryIndex(datasets: Record<string, DatasetInput>): DatasetIndex {
  const map = new Map<string, LoadedDataset>();
  for (const [id, input] of Object.entries(datasets)) {
    const data = datasetSchema.parse(input);
    map.set(id, { id, file: `data/${id}.json`, data, entries: resolveEntries(data) });
  }
  return map;
}
/** A stated entry with a placeholder quote (the pure functions never read it). */
export const stated = (id: string, unit: string, value: number, document: string) => ({ id, label: id, period: { label: 'p' }, unit, kind: 'stated', value, source: { document, quote: 'q q' } });
/** A dataset of these entries and milestones. */
export const dataset = (entries: unknown[], milestones: unknown[] = []) => ({ title: 't', description: 'd', unit: 'yuan', entries, milestones }) as DatasetInput;
