import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheDir } from './imageCacheDir.ts';
import { svgPixelSize } from './svgPixelSize.ts';
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
  /** Per cache folder, the files in it: listed once when the build first uses the folder, then kept up to date. */
  folders: Map<string, Set<string>>;
}

/** The files of a cache folder as this build knows them, listed (and the folder made) on first use. */
function folderFiles(s: WriteState, cacheDir: string): Set<string> {
  let files = s.folders.get(cacheDir);
  if (!files) {
    mkdirSync(cacheDir, { recursive: true });
    files = new Set(readdirSync(cacheDir));
    s.folders.set(cacheDir, files);
  }
  return files;
}

// On globalThis, not in a module variable: the integration (loaded with the
// config) and the pages (bundled by Vite) hold two copies of this module.
const key = Symbol.for('belt-casebook.svgImageWrites');
const writes = () => (globalThis as { [key]?: WriteState })[key];

/**
 * From now until `finishSvgImageWrites`, `svgImageFile` writes files in the
 * background (Node's file-system threads) instead of making the page that
 * asked wait, and knows which files a cache folder holds from one listing
 * instead of asking the disk for each: a cold build writes about four
 * thousand of them at 1,000 cases.
 * Called when Astro's build starts.
 */
export function startSvgImageWrites(): void {
  (globalThis as { [key]?: WriteState })[key] ??= { pending: new Set(), failures: [], folders: new Map() };
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
  const name = `${hash}.svg`;
  const file = join(cacheDir, name);
  // Write then rename: a parallel build never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  const s = writes();
  if (s) {
    // During a build: no disk access on the page's time but one listing per folder.
    const files = folderFiles(s, cacheDir);
    if (!files.has(name)) {
      files.add(name);
      const task: Promise<void> = writeFile(tmp, svg)
        .then(() => rename(tmp, file))
        .catch((error: unknown) => void s.failures.push(error instanceof Error ? error : new Error(String(error))))
        .finally(() => s.pending.delete(task));
      s.pending.add(task);
    }
  } else if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  }
  return { hash, file, url: chartImageUrl(hash, 'svg'), ...size };
}
