import { chartPng, type ChartPng } from '../png/chartPng.ts';
import { shareCardSvg, type ShareCard } from './shareCardSvg.ts';

/**
 * The share card as a PNG, through the chart PNG cache (same font, same
 * content-addressed cache, copied into the output by chartPngIntegration).
 */
export function shareCardImage(card: ShareCard): Promise<ChartPng> {
  return chartPng(shareCardSvg(card), { scale: 1 });
}
