import type { ChartSpec } from '../../schemas/chart.ts';
import { renderChart } from '../charts/renderChart.ts';
import type { DatasetIndex } from '../content/datasetIndex.ts';
import { qrCodeSvg } from '../handbook/qrSvg.ts';
import { chartImageFile } from '../png/chartImage.ts';
import { absoluteUrl, caseUrl } from '../urls.ts';
import { chartAheadKey, qrAheadKey } from './aheadKeys.ts';
import type { DrawnChart } from './drawnAhead.ts';

/** A case as drawing ahead reads it: its id (its page's address) and its charts. */
export interface AheadCase {
  id: string;
  data: { charts: readonly ChartSpec[] };
}

/** What drawing ahead needs: the cases and the datasets, as the check read them, and the site's address. */
export interface AheadWork {
  cases: Iterable<AheadCase>;
  datasets: DatasetIndex;
  /** The public address pages' QR codes point at (Astro's `site`). */
  site: string | URL;
}

export interface DrawAheadOptions {
  /** The image cache the framed chart images are written to (default: the build's). */
  cacheDir?: string;
}

/**
 * Draws, case by case, what a case page would draw itself: each chart
 * (`renderChart`) with its framed image file (`chartImageFile`), and the QR
 * code of the page's address on its poster. Each is handed to `put` under its
 * key (aheadKeys.ts). A chart that cannot be drawn is skipped: its page draws
 * it and reports the problem with its file and field. Returns how many records
 * were put.
 */
export async function drawAhead(work: AheadWork, put: (key: string, value: unknown) => void, options: DrawAheadOptions = {}): Promise<number> {
  let count = 0;
  for (const entry of work.cases) {
    for (const spec of entry.data.charts) {
      let drawn: DrawnChart;
      try {
        const chart = renderChart(spec, work.datasets);
        drawn = { chart, image: chartImageFile(chart, options.cacheDir ? { cacheDir: options.cacheDir } : {}) };
      } catch {
        continue;
      }
      put(chartAheadKey(spec, undefined, work.datasets), drawn);
      count++;
    }
    const url = absoluteUrl(caseUrl(entry.id), work.site);
    put(qrAheadKey(url), await qrCodeSvg(url));
    count++;
  }
  return count;
}
