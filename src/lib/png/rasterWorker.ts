/**
 * A worker thread of the raster pool (rasterPool.ts): draws a batch of images
 * to PNG and writes them into the cache. Flat images (share cards) are
 * composed from glyph coverage (flatPng.ts, its glyph cache kept for the
 * thread's life); other SVGs are drawn by resvg, the batch sharing one font
 * subset (the union of its glyphs): subsetting costs about as much as drawing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { flatImagePng } from './flatPng.ts';
import { rasteriseSvg, svgText } from './rasteriseSvg.ts';
import { subsetChartFont } from './chartFont.ts';
import type { RasterJob } from './rasterPool.ts';
import sharp from 'sharp';

// One thread per image encoder: the pool already keeps every core busy.
sharp.concurrency(1);

// resvg's rendered pixels live outside the JS heap, where the garbage
// collector does not see them: without a collection now and then a thread
// holds every image it ever drew (3 MB per share card).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export default async function rasterise(jobs: RasterJob[]): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  // This thread's CPU time: unlike the wall time, it does not grow when other processes share the cores.
  const cpuStarted = process.threadCpuUsage();
  const fontDir = jobs[0]!.fontDir;
  const svgJobs = jobs.filter((j) => !j.flat);
  const fontFiles = svgJobs.length ? await subsetChartFont(svgJobs.map((j) => svgText(j.svg)).join('') + '0123456789', fontDir) : [];
  for (const job of jobs) {
    const png = job.flat ? await flatImagePng(job.flat, fontDir) : (await rasteriseSvg(job.svg, { scale: job.scale, fontDir, fontFiles })).png;
    const tmp = `${job.file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, job.file);
  }
  // Flat images hold no native memory: a forced collection (6-23 ms with a
  // worker's glyph cache in the heap, up to a millisecond a card) is for resvg's.
  if (svgJobs.length) {
    gc();
    // Native memory is released by finalizers, which run on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cpu = process.threadCpuUsage(cpuStarted);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}
