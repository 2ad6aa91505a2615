import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheDir, svgPixelSize } from './chartPng.ts';
import { chartImageUrl } from '../urls.ts';

/** An image the reader's device draws: an SVG file in the image cache, its address and its size in CSS pixels. */
export interface SvgImageFile {
  hash: string;
  file: string;
  /** `chartImageUrl(hash, 'svg')`. */
  url: string;
  width: number;
  height: number;
}

/** Writes in flight during a build (`startSvgImageWrites`), and what is known of the cache meanwhile. */
interface WriteState {
  pending: Set<Promise<void>>;
  failures: Error[];
  /** Files written or found in the cache during this build: asked of the disk once each. */
  known: Set<string>;
  /** Cache folders made during this build. */
  madeDirs: Set<string>;
}

// On globalThis, not in a module variable: the integration (loaded with the
// config) and the pages (bundled by Vite) hold two copies of this module.
const key = Symbol.for('belt-casebook.svgImageWrites');
const writes = () => (globalThis as { [key]?: WriteState })[key];

/**
 * From now until `finishSvgImageWrites`, `svgImageFile` writes files in the
 * background (Node's file-system threads) instead of making the page that
 * asked wait: a cold build writes about four thousand of them at 1,000 cases.
 * Called when Astro's build starts.
 */
export function startSvgImageWrites(): void {
  (globalThis as { [key]?: WriteState })[key] ??= { pending: new Set(), failures: [], known: new Set(), madeDirs: new Set() };
}

/** Waits for every background write, stops writing in the background, and throws if any failed. */
export async function finishSvgImageWrites(): Promise<void> {
  const s = writes();
  if (!s) return;
  while (s.pending.size) await Promise.all([...s.pending]);
  delete (globalThis as { [key]?: WriteState })[key];
  if (s.failures.length) throw new AggregateError(s.failures, `${s.failures.length} SVG images could not be written: ${s.failures[0]!.message}`);
}

/**
 * Writes a standalone SVG (xmlns, numeric width and height) into the image
 * cache, named by a hash of its content, and returns where the site serves it.
 * The build copies the files pages link to into the output
 * (chartPngIntegration.ts); `src/scripts/saveImage.ts` draws one into a PNG on
 * the reader's device, and without JavaScript its link opens the SVG. Writing
 * it costs a string: the build draws no PNG for it. Used for charts' 保存图片
 * and pages' 保存分享图. During a build the file is written in the background
 * (`startSvgImageWrites`); the build waits for it before copying images.
 */
export function svgImageFile(svg: string, options: { cacheDir?: string } = {}): SvgImageFile {
  const size = svgPixelSize(svg, 1);
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  const file = join(cacheDir, `${hash}.svg`);
  const s = writes();
  if (!s?.known.has(file) && !existsSync(file)) {
    if (!s?.madeDirs.has(cacheDir)) {
      mkdirSync(cacheDir, { recursive: true });
      s?.madeDirs.add(cacheDir);
    }
    // Write then rename: a parallel build never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    if (s) {
      const task: Promise<void> = writeFile(tmp, svg)
        .then(() => rename(tmp, file))
        .catch((error: unknown) => void s.failures.push(error instanceof Error ? error : new Error(String(error))))
        .finally(() => s.pending.delete(task));
      s.pending.add(task);
    } else {
      writeFileSync(tmp, svg);
      renameSync(tmp, file);
    }
  }
  s?.known.add(file);
  return { hash, file, url: chartImageUrl(hash, 'svg'), ...size };
}
