import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartPng, chartPngHash, pngSize } from '../../../src/lib/png/chartPng.ts';
import { chartImageFile, chartImageSvg } from '../../../src/lib/png/chartImage.ts';
import { fixtureChart } from '../../support/charts.ts';
import { chartImageUrl } from '../../../src/lib/urls.ts';

describe('chartPng', () => {
  it('rasterises a chart at 2× with the Chinese font, then serves it from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'chart-png-'));
    try {
      const chart = fixtureChart('indexBars');
      const svg = chartImageSvg(chart);
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      const height = Number(/height="(\d+)"/.exec(svg)![1]);
      const cold = await chartPng(svg, { cacheDir });
      expect(cold.cached).toBe(false);
      expect(existsSync(cold.file)).toBe(true);
      expect(readFileSync(cold.file).subarray(1, 4).toString()).toBe('PNG');
      expect({ width: cold.width, height: cold.height }).toEqual({ width: width * 2, height: height * 2 });
      expect(pngSize(cold.file)).toEqual({ width: width * 2, height: height * 2 });
      expect(cold.url).toBe(chartImageUrl(cold.hash));
      const warm = await chartPng(svg, { cacheDir });
      expect(warm.cached).toBe(true);
      expect(warm.hash).toBe(cold.hash);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('keys the cache on the SVG and the scale', () => {
    expect(chartPngHash('<svg/>')).toBe(chartPngHash('<svg/>'));
    expect(chartPngHash('<svg/>')).not.toBe(chartPngHash('<svg></svg>'));
    expect(chartPngHash('<svg/>', 2)).not.toBe(chartPngHash('<svg/>', 3));
  });

  it('writes the framed chart image as an SVG file named by its content, for the reader’s device to draw', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'chart-svg-'));
    try {
      const chart = fixtureChart('bullet');
      const image = chartImageFile(chart, { cacheDir });
      expect(readFileSync(image.file, 'utf8')).toBe(chartImageSvg(chart));
      expect(image.url).toBe(chartImageUrl(image.hash, 'svg'));
      expect(image.width).toBe(Number(/width="(\d+)"/.exec(chartImageSvg(chart))![1]));
      expect(chartImageFile(chart, { cacheDir }).hash).toBe(image.hash);
      expect(chartImageFile(fixtureChart('slope'), { cacheDir }).hash).not.toBe(image.hash);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
