import type { ChartSpec } from '../../schemas/chart.ts';
import { lookupRef, type DatasetIndex } from './datasetIndex.ts';

/** What the chart needs of a provider: its name and the scale figures its page shows. */
export interface ScaleProvider {
  name: string;
  /** Its `scale` figures, as `<dataset>/<entry>`. */
  scale: readonly string[];
}

/**
 * The providers' scale compared: every provider's first scale figure counted
 * in merchants (家), in the order given. Providers whose source gives no such
 * figure are named in `without`, so the page can say why they are missing;
 * with no figure at all there is no chart.
 */
export function providerScaleChart(providers: readonly ScaleProvider[], index: DatasetIndex): { spec: ChartSpec | undefined; without: string[] } {
  const figures: string[] = [];
  const labels: string[] = [];
  const without: string[] = [];
  for (const provider of providers) {
    const ref = provider.scale.find((r) => {
      const found = lookupRef(index, 'fig', r);
      return !('error' in found) && found.entry.unit === 'merchants';
    });
    if (ref) {
      figures.push(ref);
      labels.push(provider.name);
    } else without.push(provider.name);
  }
  if (figures.length === 0) return { spec: undefined, without };
  return {
    spec: {
      type: 'providerScale',
      title: '各服务商服务的商家数',
      takeaway: '把资料来源给出的服务商家数放在同一把尺子上比较。',
      figures,
      labels,
    },
    without,
  };
}
