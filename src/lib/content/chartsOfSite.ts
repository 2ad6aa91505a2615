import type { ChartSpec } from '../../schemas/chart.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import { providerScaleChart, type ScaleProvider } from './providerScaleChart.ts';

/** A chart and the page it is drawn on. */
export interface PlacedChart {
  page: string;
  spec: ChartSpec;
}

/** Every document that places charts, as the content holds them. */
export interface SiteChartsInput {
  /** The home page's charts. */
  home: readonly ChartSpec[];
  /** Each source's platform charts (shown on /platform/). */
  sources: readonly { id: string; charts: readonly ChartSpec[] }[];
  cases: readonly { id: string; charts: readonly ChartSpec[] }[];
  providers: readonly (ScaleProvider & { id: string; charts: readonly ChartSpec[] })[];
}

/**
 * Every chart the site draws, with its page: the home page's, each source's
 * on /platform/, each case's, each provider's own and the provider-scale
 * chart (on the provider index and every provider page). Tests hold every
 * chart to the same rules through it.
 */
export function chartsOfSite(content: SiteChartsInput, index: DatasetIndex): PlacedChart[] {
  const { spec: scale } = providerScaleChart(content.providers, index);
  const withScale = (charts: readonly ChartSpec[]) => (scale ? [...charts, scale] : [...charts]);
  return [
    ...content.home.map((spec) => ({ page: 'home', spec })),
    ...content.sources.flatMap((s) => s.charts.map((spec) => ({ page: `platform (${s.id})`, spec }))),
    ...(scale ? [{ page: 'providers', spec: scale }] : []),
    ...content.cases.flatMap((c) => c.charts.map((spec) => ({ page: `cases/${c.id}`, spec }))),
    ...content.providers.flatMap((p) => withScale(p.charts).map((spec) => ({ page: `providers/${p.id}`, spec }))),
  ];
}
