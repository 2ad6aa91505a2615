import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chartFontFingerprint } from './chartFont.ts';
import { rasteriseSvg } from './rasteriseSvg.ts';
import { chartImageUrl } from '../urls.ts';

/** Where PNGs are kept between builds (git-ignored, safe to delete). */
// BELT_CHART_PNG_CACHE points a build at another (e.g. empty) cache: the
// determinism test uses it to draw every PNG afresh.
export const defaultCacheDir = process.env.BELT_CHART_PNG_CACHE ?? join(process.cwd(), '.cache', 'chart-png');

/** A chart image on disk and where the site serves it. */
export interface ChartPng {
  /** Cache key: a hash of the SVG, the font, the scale and the renderer. */
  hash: string;
  /** Absolute path in the cache. */
  file: string;
  /** `chartImageUrl(hash)`. */
  url: string;
  width: number;
  height: number;
  /** True when the image came from the cache, false when it was drawn now. */
  cached: boolean;
}

export interface ChartPngOptions {
  scale?: number;
  cacheDir?: string;
}

let rendererVersion: string | undefined;
function resvgVersion(): string {
  if (!rendererVersion) {
    try {
      rendererVersion = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;
    } catch {
      rendererVersion = 'unknown';
    }
  }
  return rendererVersion;
}

/** The cache key of an SVG drawn at `scale`. */
export function chartPngHash(svg: string, scale = 2): string {
  return createHash('sha256')
    .update(svg)
    .update('\0')
    .update(chartFontFingerprint())
    .update(`\0${scale}\0${resvgVersion()}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * The PNG of an SVG, from the cache when the same SVG was drawn before with
 * the same font; otherwise drawn now and stored. Rasterising is the costly
 * step, so a rebuild redraws only the charts that changed.
 */
export async function chartPng(svg: string, options: ChartPngOptions = {}): Promise<ChartPng> {
  const scale = options.scale ?? 2;
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const hash = chartPngHash(svg, scale);
  const file = join(cacheDir, `${hash}.png`);
  const url = chartImageUrl(hash);
  if (existsSync(file)) {
    const { width, height } = pngSize(file);
    return { hash, file, url, width, height, cached: true };
  }
  mkdirSync(cacheDir, { recursive: true });
  const { png, width, height } = await rasteriseSvg(svg, { scale, fontDir: join(cacheDir, 'fonts') });
  // Write then rename: a parallel build never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return { hash, file, url, width, height, cached: false };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(24);
    readSync(fd, header, 0, 24, 0);
    return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
  } finally {
    closeSync(fd);
  }
}
