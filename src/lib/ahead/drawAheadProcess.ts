/**
 * A process that draws ahead into a store (drawAhead.ts, aheadStore.ts) and
 * ends: `npm run build` forks it so that the drawing's memory (its heap grows
 * with the charts it draws; at 10,000 cases the build script's heap had grown
 * by about 0.7 GB when Pagefind ran) goes back to the system when it ends,
 * before Pagefind indexes the site; a worker thread's did not. Receives the
 * store's file and the work (cases with their charts, datasets, site) as its
 * first message (structured clone); sends the number of records written.
 */
import { flushTimings } from '../timing/buildTimings.ts';
import { AheadStoreWriter } from './aheadStore.ts';
import { drawAhead, type AheadWork } from './drawAhead.ts';

/** What the thread is given: a store to write and the work (structured-cloned, so plain data). */
export interface DrawAheadJob {
  file: string;
  work: AheadWork;
}

process.once('message', async ({ file, work }: DrawAheadJob) => {
  const writer = new AheadStoreWriter(file);
  try {
    await drawAhead(work, (key, value) => writer.put(key, value));
    writer.end();
  } catch (error) {
    writer.abandon();
    throw error;
  }
  flushTimings();
  process.send!(writer.count, () => process.disconnect());
});
