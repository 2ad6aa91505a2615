import { createHash } from 'node:crypto';
import type { ChartSpec } from '../../schemas/chart.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import type { DatasetIndex, LoadedDataset } from '../content/datasetIndex.ts';

/**
 * Keys of the drawn-ahead store (aheadStore.ts). A key is a hash of every
 * input of what it names, so the process that draws ahead (with the content
 * as the check read it) and the page (with the content as Astro loaded it)
 * only meet on a record when both would draw the very same thing: if the two
 * read a dataset differently, the keys differ and the page draws its own.
 */

const datasetHashes = new WeakMap<LoadedDataset, string>();

/** A hash of a dataset as a chart reads it: its file's data and the entries derived from it. */
function datasetHash(dataset: LoadedDataset): string {
  let hash = datasetHashes.get(dataset);
  if (!hash) {
    hash = createHash('sha256').update(dataset.id).update('\0').update(JSON.stringify(dataset.data)).update('\0').update(JSON.stringify(dataset.entries)).digest('hex');
    datasetHashes.set(dataset, hash);
  }
  return hash;
}

/** The ids of the datasets a chart's references name, each once, in order. */
export function chartDatasetIds(spec: ChartSpec): string[] {
  const refs = spec.type === 'timeline' ? spec.milestones : spec.figures;
  return [...new Set(refs.map((ref) => parseFigureRef(ref)?.dataset ?? ''))];
}

/** The key of a chart drawn from `spec` with `id` (`renderChart`'s option) against the datasets it names in `index`. */
export function chartAheadKey(spec: ChartSpec, id: string | undefined, index: DatasetIndex): string {
  const hash = createHash('sha256').update('chart\0').update(JSON.stringify(spec)).update('\0').update(id ?? '\u0000none');
  for (const datasetId of chartDatasetIds(spec)) {
    const dataset = index.get(datasetId);
    hash.update('\0').update(dataset ? datasetHash(dataset) : `missing ${datasetId}`);
  }
  return hash.digest('hex').slice(0, 40);
}

/** The key of the QR code of `url`. */
export function qrAheadKey(url: string): string {
  return createHash('sha256').update('qr\0').update(url).digest('hex').slice(0, 40);
}
