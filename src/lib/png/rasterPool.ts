import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { recordTiming } from '../timing/buildTimings.ts';
import type { FlatImage } from '../raster/flatImage.ts';

/** One image for a worker to draw: the SVG, its scale, and where to write the PNG. */
export interface RasterJob {
  svg: string;
  /** The same image as flat shapes: drawn by the flat compositor (flatPng.ts) instead of resvg. */
  flat?: FlatImage;
  scale: number;
  /** The PNG's path in the cache (written then renamed, so no reader sees half a file). */
  file: string;
  fontDir: string;
}

/** Images per task: they share one font subset and one garbage collection. */
const batchSize = 16;

interface PoolState {
  pool: Piscina<RasterJob[], { ms: number; cpuMs: number }>;
  /** Jobs waiting to fill a batch, per timer label (a batch holds one kind of image, so its time is that kind's). */
  batches: Map<string, RasterJob[]>;
  /** Batches a thread is drawing now. */
  pending: Set<Promise<unknown>>;
  /** Batches ready for a thread, in order, not yet handed over. */
  ready: { label: string; jobs: RasterJob[] }[];
  /** How many batches may be drawn at once: fewer than the threads while pages render. */
  limit: number;
  threads: number;
  queued: number;
  /** Files already queued: pages that share an image queue it once. */
  files: Set<string>;
  failures: Error[];
}

// On globalThis, not in a module variable: the integration (loaded with the
// config) and the pages (bundled by Vite) hold two copies of this module.
const key = Symbol.for('belt-casebook.rasterPool');
const state = () => (globalThis as { [key]?: PoolState })[key];

/**
 * Starts worker threads that rasterise PNGs (resvg's synchronous render, in
 * batches) while the main thread goes on rendering pages, and on their own
 * once the pages are done. Threads: `BELT_RASTER_THREADS`, else one per core.
 * While pages render, one core fewer draws (the main thread keeps a core of
 * its own instead of sharing two with two image threads); once the pages are
 * done (drainRasterPool) every thread draws. 0 draws the images in place instead.
 */
export function startRasterPool(): boolean {
  if (state()) return true;
  const threads = Number(process.env.BELT_RASTER_THREADS ?? availableParallelism());
  if (!(threads > 0)) return false;
  (globalThis as { [key]?: PoolState })[key] = {
    pool: new Piscina({ filename: fileURLToPath(new URL('./rasterWorker.ts', import.meta.url)), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 }),
    batches: new Map(),
    pending: new Set(),
    ready: [],
    limit: Math.max(1, threads - 1),
    threads,
    queued: 0,
    files: new Set(),
    failures: [],
  };
  return true;
}

/** Hands a job to the pool, if one is running; false when the caller must draw the image itself. */
export function queueRaster(job: RasterJob, label: string): boolean {
  const s = state();
  if (!s) return false;
  if (s.files.has(job.file)) return true;
  s.files.add(job.file);
  const batch = s.batches.get(label) ?? [];
  batch.push(job);
  s.batches.set(label, batch);
  s.queued++;
  if (batch.length >= batchSize) flush(s, label);
  return true;
}

/** Closes the waiting batch of one label and hands it on. */
function flush(s: PoolState, label: string): void {
  const jobs = s.batches.get(label);
  if (!jobs?.length) return;
  s.batches.delete(label);
  s.ready.push({ label, jobs });
  pump(s);
}

/** Hands ready batches to the threads, up to the current limit. */
function pump(s: PoolState): void {
  while (s.pending.size < s.limit && s.ready.length) {
    const { label, jobs } = s.ready.shift()!;
    const task = s.pool
      .run(jobs)
      .then(({ ms, cpuMs }) => {
        recordTiming(`${label} (worker)`, ms, jobs.length);
        recordTiming(`${label} (worker CPU)`, cpuMs, jobs.length);
      })
      .catch((error: unknown) => void s.failures.push(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        s.pending.delete(task);
        pump(s);
      });
    s.pending.add(task);
  }
}

/** Waits for every queued image, stops the threads, and throws if any image failed. Returns how many were drawn. */
export async function drainRasterPool(): Promise<number> {
  const s = state();
  if (!s) return 0;
  s.limit = s.threads;
  for (const label of [...s.batches.keys()]) flush(s, label);
  pump(s);
  while (s.pending.size || s.ready.length) await Promise.all([...s.pending]);
  await s.pool.destroy();
  delete (globalThis as { [key]?: PoolState })[key];
  if (s.failures.length) throw new AggregateError(s.failures, `${s.failures.length} images failed to rasterise: ${s.failures[0]!.message}`);
  return s.queued;
}
