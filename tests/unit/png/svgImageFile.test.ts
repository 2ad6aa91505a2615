import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishSvgImageWrites, startSvgImageWrites, svgImageFile } from '../../../src/lib/png/svgImageFile.ts';
import { chartImageUrl } from '../../../src/lib/urls.ts';

const svgOf = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120.5" viewBox="0 0 300 120.5"><text x="10" y="20">${text}</text></svg>`;

describe('svgImageFile', () => {
  it('writes an SVG into the image cache once, named by its content, at its own size', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'svg-image-'));
    try {
      const image = svgImageFile(svgOf('一'), { cacheDir });
      expect(image.file).toBe(join(cacheDir, `${image.hash}.svg`));
      expect(readFileSync(image.file, 'utf8')).toBe(svgOf('一'));
      expect(image.url).toBe(chartImageUrl(image.hash, 'svg'));
      expect({ width: image.width, height: image.height }).toEqual({ width: 300, height: 121 });
      expect(svgImageFile(svgOf('一'), { cacheDir })).toEqual(image);
      expect(svgImageFile(svgOf('二'), { cacheDir }).hash).not.toBe(image.hash);
      // No temporary file is left behind.
      expect(readdirSync(cacheDir).sort()).toEqual([`${image.hash}.svg`, `${svgImageFile(svgOf('二'), { cacheDir }).hash}.svg`].sort());
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('refuses an SVG without a pixel size, which a browser could not draw to a canvas at a known size', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'svg-image-'));
    try {
      expect(() => svgImageFile('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>', { cacheDir })).toThrow(/width and height/);
      expect(readdirSync(cacheDir)).toEqual([]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('during a build, writes in the background and has every file in place once the writes are finished', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'svg-image-')), 'not-yet-made');
    startSvgImageWrites();
    try {
      const images = ['一', '二', '三', '一'].map((t) => svgImageFile(svgOf(t), { cacheDir }));
      await finishSvgImageWrites();
      for (const [i, t] of ['一', '二', '三', '一'].entries()) expect(readFileSync(images[i]!.file, 'utf8')).toBe(svgOf(t));
      expect(readdirSync(cacheDir).sort()).toEqual([...new Set(images.map((i) => `${i.hash}.svg`))].sort());
      // After the build, writes are immediate again.
      expect(existsSync(svgImageFile(svgOf('四'), { cacheDir }).file)).toBe(true);
    } finally {
      await finishSvgImageWrites();
      rmSync(join(cacheDir, '..'), { recursive: true, force: true });
    }
  });

  it('reports a background write that failed when the writes are finished', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'svg-image-'));
    const image = svgImageFile(svgOf('五'), { cacheDir: join(cacheDir, 'probe') });
    // A folder where the temporary file would go makes the write fail.
    mkdirSync(join(cacheDir, `${image.hash}.svg.${process.pid}.tmp`));
    startSvgImageWrites();
    try {
      svgImageFile(svgOf('五'), { cacheDir });
      await expect(finishSvgImageWrites()).rejects.toThrow(/could not be written/);
    } finally {
      await finishSvgImageWrites();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
