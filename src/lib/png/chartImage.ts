import type { ChartOutput } from '../charts/types.ts';
import { frameChartImage } from './frameChartImage.ts';
import { chartPng, type ChartPng, type ChartPngOptions } from './chartPng.ts';
import { svgImageFile, type SvgImageFile } from './svgImageFile.ts';

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

/**
 * The chart's framed image (title, takeaway, unit, chart, source) as an SVG
 * file in the image cache, for 保存图片 (see `svgImageFile`): the build draws
 * no chart PNG.
 */
export function chartImageFile(chart: ChartOutput, options: { cacheDir?: string } = {}): SvgImageFile {
  return svgImageFile(chartImageSvg(chart), options);
}
