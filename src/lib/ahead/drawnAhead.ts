import type { ChartSpec } from '../../schemas/chart.ts';
import { renderChart, type RenderChartOptions } from '../charts/renderChart.ts';
import type { ChartOutput } from '../charts/types.ts';
import type { DatasetIndex } from '../content/datasetIndex.ts';
import { qrCodeSvg } from '../handbook/qrSvg.ts';
import { chartImageFile } from '../png/chartImage.ts';
import type { SvgImageFile } from '../png/svgImageFile.ts';
import { timed } from '../timing/buildTimings.ts';
import { chartAheadKey, qrAheadKey } from './aheadKeys.ts';
import { AheadStoreReader, aheadStoreVariable } from './aheadStore.ts';

/** A chart as its component shows it: the drawing and its framed image file. */
export interface DrawnChart {
  chart: ChartOutput;
  image: SvgImageFile;
}

// On globalThis: one reader per process, whichever copy of this module asks.
const key = Symbol.for('belt-casebook.aheadStore');
type Holder = { [key]?: { file: string; reader: AheadStoreReader } };

/** The store `npm run build` draws into for this build (BELT_AHEAD_STORE), if any. */
function aheadStore(env: NodeJS.ProcessEnv = process.env): AheadStoreReader | undefined {
  const file = env[aheadStoreVariable];
  if (!file) return undefined;
  const holder = globalThis as Holder;
  if (holder[key]?.file !== file) holder[key] = { file, reader: new AheadStoreReader(file) };
  return holder[key].reader;
}

/**
 * The chart `renderChart(spec, index, options)` draws and its framed image
 * file (`chartImageFile`): from the drawn-ahead store when the build drew it
 * already (aheadStore.ts), otherwise drawn here.
 */
export function drawnChart(spec: ChartSpec, index: DatasetIndex, options: RenderChartOptions = {}): DrawnChart {
  const store = aheadStore();
  if (store) {
    const found = timed('chart read (drawn ahead)', () => store.get(chartAheadKey(spec, options.id, index))) as DrawnChart | undefined;
    if (found) return found;
  }
  const chart = timed('chart SVG', () => renderChart(spec, index, options));
  const image = timed('chart image SVG', () => chartImageFile(chart));
  return { chart, image };
}

/** `qrCodeSvg(url)`, from the drawn-ahead store when the build drew it already. */
export function drawnQrCodeSvg(url: string): Promise<string> {
  const found = aheadStore()?.get(qrAheadKey(url));
  return typeof found === 'string' ? Promise.resolve(found) : timed('QR code', () => qrCodeSvg(url));
}
