import { versions } from 'node:process';
import { versionString as harfbuzzVersion } from 'harfbuzzjs';
import { FlatRasteriser } from '../raster/flatRaster.ts';
import type { FlatImage } from '../raster/flatImage.ts';
import { indexedPng } from '../raster/indexedPng.ts';
import { TextShaper } from '../raster/textShaper.ts';
import { chartFontSfnt } from './chartFont.ts';

/**
 * The version of the flat compositor and encoder: bump it when a change to
 * coverage.ts, flatRaster.ts or indexedPng.ts changes pixels or bytes.
 */
const flatRendererVersion = 'flat-1';

/** What draws flat images, for the PNG cache key: the compositor, HarfBuzz (shaping) and zlib (the bytes). */
export function flatRenderer(): string {
  return `${flatRendererVersion}+harfbuzz${harfbuzzVersion()}+zlib${versions.zlib}`;
}

const rasterisers = new Map<string, Promise<FlatRasteriser>>();

/**
 * A flat image (shareCardImage) as an indexed PNG, composed from glyph
 * coverage in the chart font instead of rendered by resvg and encoded by
 * sharp: measured at about a fifth of the CPU time a share card (bench/cards.ts),
 * looking the same (tests/unit/raster/flatRaster.test.ts compares them).
 * One compositor, with its glyph cache, per thread and font folder.
 */
export async function flatImagePng(image: FlatImage, fontDir: string): Promise<Buffer> {
  let rasteriser = rasterisers.get(fontDir);
  if (!rasteriser) {
    rasteriser = chartFontSfnt(fontDir).then((fonts) => new FlatRasteriser(new TextShaper(fonts)));
    rasterisers.set(fontDir, rasteriser);
  }
  const composer = await rasteriser;
  // Composed into one buffer per thread, encoded at once (no await between): the PNG is a copy.
  const size = (image.width + 1) * image.height;
  if (pixels.length !== size) pixels = new Uint8Array(size);
  return indexedPng(composer.compose(image, pixels));
}

let pixels = new Uint8Array(0);
