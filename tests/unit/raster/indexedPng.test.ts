import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { indexedPng } from '../../../src/lib/raster/indexedPng.ts';

describe('indexedPng', () => {
  it('writes a palette PNG that decodes to its colours, row filter None', async () => {
    const scanlines = new Uint8Array([0, 0, 1, 2, 0, 2, 1, 0]);
    const png = indexedPng({ width: 3, height: 2, palette: [[255, 0, 0], [0, 255, 0], [0, 0, 255]], scanlines });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    expect([...data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0]);
    const idat = png.indexOf('IDAT');
    expect([...inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))]).toEqual([...scanlines]);
  });

  it('refuses more than 256 colours or scanlines of the wrong length', () => {
    const palette = Array.from({ length: 257 }, () => [0, 0, 0] as [number, number, number]);
    expect(() => indexedPng({ width: 1, height: 1, palette, scanlines: new Uint8Array(2) })).toThrow(/256/);
    expect(() => indexedPng({ width: 2, height: 1, palette: [[0, 0, 0]], scanlines: new Uint8Array(2) })).toThrow(/scanlines/);
  });
});
