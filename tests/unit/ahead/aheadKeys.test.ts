import { describe, expect, it } from 'vitest';
import { chartAheadKey, chartDatasetIds, qrAheadKey } from '../../../src/lib/ahead/aheadKeys.ts';
import type { LoadedDataset } from '../../../src/lib/content/datasetIndex.ts';
import type { ChartSpec } from '../../../src/schemas/chart.ts';

const dataset = (id: string, value: number): LoadedDataset =>
  ({ id, file: `data/${id}.json`, data: { id, title: id, entries: [{ id: 'gmv', value }] }, entries: [{ id: 'gmv', value }] }) as unknown as LoadedDataset;
const spec = (figures: string[], title = 'GMV'): ChartSpec => ({ type: 'tiles', title, takeaway: 't', figures }) as unknown as ChartSpec;

describe('drawn-ahead keys', () => {
  const index = new Map([
    ['a', dataset('a', 1)],
    ['b', dataset('b', 2)],
  ]);

  it('names the datasets a chart cites, each once', () => {
    expect(chartDatasetIds(spec(['a/gmv', 'b/gmv', 'a/other']))).toEqual(['a', 'b']);
  });

  it('is the same for the same chart, id and cited data, in two readings of the content', () => {
    const again = new Map([
      ['a', dataset('a', 1)],
      ['b', dataset('b', 2)],
    ]);
    expect(chartAheadKey(spec(['a/gmv']), undefined, index)).toBe(chartAheadKey(spec(['a/gmv']), undefined, again));
  });

  it('changes with the spec, the id, and any value of a dataset the chart cites, not with other datasets', () => {
    const key = chartAheadKey(spec(['a/gmv']), undefined, index);
    expect(chartAheadKey(spec(['a/gmv'], 'other title'), undefined, index)).not.toBe(key);
    expect(chartAheadKey(spec(['a/gmv']), 'home-chart', index)).not.toBe(key);
    expect(chartAheadKey(spec(['a/gmv']), undefined, new Map([...index, ['a', dataset('a', 99)]]))).not.toBe(key);
    expect(chartAheadKey(spec(['a/gmv']), undefined, new Map([...index, ['b', dataset('b', 99)]]))).toBe(key);
    expect(chartAheadKey(spec(['a/gmv']), undefined, new Map([['b', dataset('b', 2)]]))).not.toBe(key);
  });

  it('gives each address its own QR key, distinct from chart keys', () => {
    expect(qrAheadKey('https://x.example/cases/a/')).not.toBe(qrAheadKey('https://x.example/cases/b/'));
    expect(qrAheadKey('https://x.example/cases/a/')).toMatch(/^[0-9a-f]{40}$/);
  });
});
