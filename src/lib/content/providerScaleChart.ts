import type { ChartSpec } from '../../schemas/chart.ts';
import { lookupRef, type DatasetIndex } from './datasetIndex.ts';

/** What the chart needs of a provider: its name and the scale figures its page shows. */
export interface ScaleProvider {
  name: string;
  /** Its `scale` figures, as `<dataset>/<entry>`. */
  scale: readonly string[];
}

/** How many providers the chart shows at most, and one to show whatever its rank. */
export interface ScaleChartOptions {
  /** The largest this many (the chart, its table and its page stay small however many providers there are). */
  limit?: number;
  /** A provider's name to show even outside the largest (the provider whose page it is). */
  include?: string;
}

/**
 * The providers' scale compared: every provider's first scale figure counted
 * in merchants (家), largest first (ties in the order given), at most `limit`
 * of them plus `include`. Providers whose source gives no such figure are
 * named in `without` and in the chart's own note, so a reader sees why they
 * are missing right under the chart; with no figure at all there is no chart.
 */
export function providerScaleChart(
  providers: readonly ScaleProvider[],
  index: DatasetIndex,
  options: ScaleChartOptions = {},
): { spec: ChartSpec | undefined; without: string[] } {
  const rows: { ref: string; name: string; value: number }[] = [];
  const without: string[] = [];
  for (const provider of providers) {
    const found = provider.scale
      .map((ref) => ({ ref, found: lookupRef(index, 'fig', ref) }))
      .find((r) => !('error' in r.found) && r.found.entry.unit === 'merchants');
    if (found && !('error' in found.found)) rows.push({ ref: found.ref, name: provider.name, value: found.found.entry.value });
    else without.push(provider.name);
  }
  if (rows.length === 0) return { spec: undefined, without };
  rows.sort((a, b) => b.value - a.value);
  const limit = options.limit ?? rows.length;
  const shown = rows.filter((r, i) => i < limit || r.name === options.include);
  const figures = shown.map((r) => r.ref);
  const labels = shown.map((r) => r.name);
  return {
    spec: {
      type: 'providerScale',
      title: rows.length > limit ? `服务商家最多的${limit}家服务商${shown.length > limit ? `与${options.include}` : ''}` : '各服务商服务的商家数',
      takeaway: '把资料来源给出的服务商家数放在同一把尺子上比较。',
      figures,
      labels,
      ...(without.length > 0 ? { note: `资料来源没有给出${without.join('、')}服务的商家数，所以图中没有${without.length > 1 ? '它们' : '它'}。` } : {}),
    },
    without,
  };
}
