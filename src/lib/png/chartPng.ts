import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { chartFontFingerprint } from './chartFont.ts';
import { flatImagePng, flatRenderer } from './flatPng.ts';
import { rasteriseSvg } from './rasteriseSvg.ts';
import { queueRaster } from './rasterPool.ts';
import { flatImageSvg, type FlatImage } from '../raster/flatImage.ts';
import { chartImageUrl } from '../urls.ts';
import { defaultCacheDir } from './imageCacheDir.ts';
import { svgPixelSize } from './svgPixelSize.ts';

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
  /** True when the image came from the cache, false when it was drawn now (or queued to be drawn before the build ends). */
  cached: boolean;
}

export interface ChartPngOptions {
  scale?: number;
  cacheDir?: string;
  /** What the image is, for the build's timers (“share card”). */
  label?: string;
}

let rendererVersion: string | undefined;
/** resvg's and sharp's versions: a new renderer or encoder draws every image again. */
function resvgVersion(): string {
  if (!rendererVersion) {
    const version = (name: string) => {
      try {
        return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
      } catch {
        return 'unknown';
      }
    };
    rendererVersion = `${version('@resvg/resvg-js')}+sharp${sharp.versions.sharp ?? ''}+vips${sharp.versions.vips}`;
  }
  return rendererVersion;
}

/** The cache key of an SVG drawn at `scale` (by resvg, or by `renderer`). */
export function chartPngHash(svg: string, scale = 2, renderer = resvgVersion()): string {
  return createHash('sha256')
    .update(svg)
    .update('\0')
    .update(chartFontFingerprint())
    .update(`\0${scale}\0${renderer}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * The PNG of an SVG, from the cache when the same SVG was drawn before with
 * the same font; otherwise drawn and stored. Rasterising is the costly step,
 * so a rebuild redraws only the images that changed. During a build with a
 * raster pool running (rasterPool.ts), the image is queued for a worker
 * thread and this returns at once: its address and size are known before it
 * is drawn, and the build waits for the pool before it copies the images.
 */
export async function chartPng(svg: string, options: ChartPngOptions = {}): Promise<ChartPng> {
  const scale = options.scale ?? 2;
  return cachedPng(svg, chartPngHash(svg, scale), scale, undefined, options);
}

/**
 * The PNG of a flat image (the share card), like chartPng but drawn by the
 * flat compositor (flatPng.ts: glyph coverage into an indexed PNG, a fifth of
 * resvg's and sharp's time) at 1 pixel per unit. Cached by the image's SVG.
 */
export async function flatPng(image: FlatImage, options: Omit<ChartPngOptions, 'scale'> = {}): Promise<ChartPng> {
  const svg = flatImageSvg(image);
  return cachedPng(svg, chartPngHash(svg, 1, flatRenderer()), 1, image, options);
}

async function cachedPng(svg: string, hash: string, scale: number, flat: FlatImage | undefined, options: Omit<ChartPngOptions, 'scale'>): Promise<ChartPng> {
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const file = join(cacheDir, `${hash}.png`);
  const url = chartImageUrl(hash);
  if (existsSync(file)) {
    const { width, height } = pngSize(file);
    return { hash, file, url, width, height, cached: true };
  }
  mkdirSync(cacheDir, { recursive: true });
  const fontDir = join(cacheDir, 'fonts');
  if (queueRaster({ svg, scale, file, fontDir, ...(flat ? { flat } : {}) }, options.label ?? 'PNG')) {
    const size = flat ? { width: flat.width, height: flat.height } : svgPixelSize(svg, scale);
    return { hash, file, url, ...size, cached: false };
  }
  const { png, width, height } = flat ? { png: await flatImagePng(flat, fontDir), ...flat } : await rasteriseSvg(svg, { scale, fontDir });
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
