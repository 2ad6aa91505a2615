import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartOutput } from '../charts/types.ts';
import { frameChartImage } from './frameChartImage.ts';
import { chartPng, defaultCacheDir, svgPixelSize, type ChartPng, type ChartPngOptions } from './chartPng.ts';
import { chartImageUrl } from '../urls.ts';

/** The framed SVG a chart's PNG is drawn from: title, takeaway, unit, chart, source. */
export function chartImageSvg(chart: ChartOutput): string {
  return frameChartImage({
    title: chart.title,
    takeaway: chart.takeaway,
    unit: chart.unit,
    source: `来源：${chart.datasets.map((d) => d.title).join('；')}`,
    svg: chart.imageSvg,
    width: chart.width,
    height: chart.height,
  });
}

/** The chart's framed image as a PNG drawn at build time (cached); the site draws it on the reader's device instead (`chartImageFile`). */
export function chartImage(chart: ChartOutput, options?: ChartPngOptions): Promise<ChartPng> {
  return chartPng(chartImageSvg(chart), options);
}

/** A chart's framed image as a file: its address and its size in CSS pixels. */
export interface ChartImageFile {
  hash: string;
  file: string;
  /** `chartImageUrl(hash, 'svg')`. */
  url: string;
  width: number;
  height: number;
}

/**
 * The chart's framed image (title, takeaway, unit, chart, source) as an SVG
 * file in the cache, named by a hash of its content, for 保存图片: the page's
 * script draws it into a PNG on the reader's device, and without JavaScript
 * the link opens the SVG itself. Writing it costs a string; the build draws
 * no chart PNG.
 */
export function chartImageFile(chart: ChartOutput, options: { cacheDir?: string } = {}): ChartImageFile {
  const svg = chartImageSvg(chart);
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  const file = join(cacheDir, `${hash}.svg`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  }
  return { hash, file, url: chartImageUrl(hash, 'svg'), ...svgPixelSize(svg, 1) };
}
