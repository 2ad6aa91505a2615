import { appendFileSync } from 'node:fs';

/**
 * Opt-in timers for the build benchmark. With `BELT_TIMINGS=<file>` set, every
 * process that records a timing appends one JSON line to the file when it
 * exits: `{ pid, timings: { label: { ms, count } } }`. Without it, recording
 * costs one property check and nothing is written.
 */
const file = process.env.BELT_TIMINGS;
const totals = new Map<string, { ms: number; count: number }>();
let registered = false;

/** Adds `ms` (spent on `count` items) to the total of `label`. */
export function recordTiming(label: string, ms: number, count = 1): void {
  if (!file) return;
  const t = totals.get(label) ?? { ms: 0, count: 0 };
  t.ms += ms;
  t.count += count;
  totals.set(label, t);
  if (!registered) {
    registered = true;
    process.on('exit', flushTimings);
  }
}

/** Runs `fn` and records how long it took (until its promise settles, for an async one). */
export function timed<T>(label: string, fn: () => T): T {
  if (!file) return fn();
  const started = performance.now();
  const result = fn();
  if (result instanceof Promise) {
    return result.finally(() => recordTiming(label, performance.now() - started)) as T;
  }
  recordTiming(label, performance.now() - started);
  return result;
}

/** Writes this process's totals now (a worker calls it before it ends). */
export function flushTimings(): void {
  if (!file || totals.size === 0) return;
  appendFileSync(file, `${JSON.stringify({ pid: process.pid, timings: Object.fromEntries(totals) })}\n`);
  totals.clear();
}
