import type { ChartOutput } from '../charts/types.ts';
import { frameChartImage } from './frameChartImage.ts';
import { chartPng, type ChartPng, type ChartPngOptions } from './chartPng.ts';

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

/** The chart as a PNG (cached), for 保存图片. */
export function chartImage(chart: ChartOutput, options?: ChartPngOptions): Promise<ChartPng> {
  return chartPng(chartImageSvg(chart), options);
}
