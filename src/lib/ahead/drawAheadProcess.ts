/**
 * A process that draws ahead into a store (drawAhead.ts, aheadStore.ts) and
 * ends: `npm run build` forks it so that the drawing's memory goes back to the
 * system when it ends (a thread's did not), and hands it the cases a batch at
 * a time, each with only the datasets its charts cite, asking for the next
 * when one is drawn: the process never holds the whole content (at 10,000
 * cases a full copy beside the check's and Astro's content sync raised the
 * build's peak to 4.07 GB). Messages: first the store's file and the site's
 * address (`DrawAheadStart`), then batches (`DrawAheadBatch`), then `'end'`;
 * it sends `'next'` for each batch it wants and, at the end, the number of
 * records written.
 */
import { flushTimings } from '../timing/buildTimings.ts';
import { AheadStoreWriter } from './aheadStore.ts';
import type { DatasetIndex } from '../content/datasetIndex.ts';
import { drawAhead, type AheadCase } from './drawAhead.ts';

export interface DrawAheadStart {
  file: string;
  site: string;
}

/** Cases with their charts, and the datasets those charts cite (structured-cloned, so plain data). */
export interface DrawAheadBatch {
  cases: AheadCase[];
  datasets: DatasetIndex;
}

let writer: AheadStoreWriter | undefined;
let site = '';
process.on('message', async (message: DrawAheadStart | DrawAheadBatch | 'end') => {
  if (message === 'end') {
    writer?.end();
    flushTimings();
    process.send!(writer?.count ?? 0, () => process.disconnect());
  } else if ('file' in message) {
    writer = new AheadStoreWriter(message.file);
    site = message.site;
    process.send!('next');
  } else {
    await drawAhead({ cases: message.cases, datasets: message.datasets, site }, (key, value) => writer!.put(key, value));
    process.send!('next');
  }
});
