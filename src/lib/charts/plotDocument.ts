import { parseHTML } from 'linkedom';

let cached: Document | undefined;

/**
 * A server-side DOM for Plot to draw into (linkedom: fast, no layout engine).
 * One per process; Plot only creates detached elements in it.
 */
export function plotDocument(): Document {
  cached ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return cached;
}
