import { describe, expect, it } from 'vitest';
import { datasetsOfPage, datasetUsage } from '../../../src/lib/charts/datasetUsage.ts';
import type { ChartSpec } from '../../../src/schemas/chart.ts';
import { specs } from '../../fixtures/charts/specs.ts';

describe('datasetUsage', () => {
  it('finds datasets cited by a page’s dataset, figures, charts and prose', () => {
    expect(
      datasetsOfPage({ url: '/cases/x/', title: 'x', dataset: 'a', refs: ['b/e'], charts: [specs.timeline as ChartSpec], body: '见 :fig[c/e] 与 :date[d/m]' }),
    ).toEqual(['a', 'b', 'xiakehui-xuejiejie', 'lexu-818', 'platform-818-2022', 'c', 'd']);
    const usage = datasetUsage([
      { url: '/p/1/', title: '一', dataset: 'a' },
      { url: '/p/2/', title: '二', refs: ['a/x'] },
    ]);
    expect(usage.get('a')).toEqual([{ url: '/p/1/', title: '一' }, { url: '/p/2/', title: '二' }]);
  });
});
