import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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

/**
 * Writes a standalone SVG (xmlns, numeric width and height) into the image
 * cache, named by a hash of its content, and returns where the site serves it.
 * The build copies the files pages link to into the output
 * (chartPngIntegration.ts); `src/scripts/saveImage.ts` draws one into a PNG on
 * the reader's device, and without JavaScript its link opens the SVG. Writing
 * it costs a string: the build draws no PNG for it. Used for charts' 保存图片
 * and pages' 保存分享图.
 */
export function svgImageFile(svg: string, options: { cacheDir?: string } = {}): SvgImageFile {
  const size = svgPixelSize(svg, 1);
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  const file = join(cacheDir, `${hash}.svg`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: a parallel build never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  }
  return { hash, file, url: chartImageUrl(hash, 'svg'), ...size };
}
