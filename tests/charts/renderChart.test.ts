import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/renderChart.ts';
import { chartId } from '../../src/lib/charts/chartId.ts';
import { datasetsOfPage, datasetUsage } from '../../src/lib/charts/datasetUsage.ts';
import { realFigureIndex } from '../fixtures/charts/figureIndex.ts';
import { specs } from '../fixtures/charts/specs.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import { chartSpecSchema } from '../../src/schemas/chart.ts';

describe('renderChart', () => {
  it('draws every fixture spec, each valid under the chart schema', () => {
    for (const [name, spec] of Object.entries(specs)) {
      expect(chartSpecSchema.safeParse(spec).success, name).toBe(true);
      const chart = renderChart(spec as ChartSpec, realFigureIndex());
      expect(chart.type).toBe(name);
      expect(chart.id).toBe(chartId(spec as ChartSpec));
      expect(chart.description.length).toBeGreaterThan(20);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      expect(chart.datasets.length).toBeGreaterThan(0);
    }
  });

  it('names the chart when a reference names nothing', () => {
    const spec = { ...specs.slope, figures: ['belt-provider-programme/nope', 'belt-provider-programme/penetration-2021-end'] } as ChartSpec;
    expect(() => renderChart(spec, realFigureIndex())).toThrow(/服务商渗透产业带商家GMV的占比.*slope.*nope/);
  });

  it('names the chart when labels and figures do not match', () => {
    const spec = { ...specs.providerScale, labels: ['只有一个'] } as ChartSpec;
    expect(() => renderChart(spec, realFigureIndex())).toThrow(/providerScale.*1 names for 3 figures/);
  });

  it('gives ids that depend on the spec only', () => {
    expect(chartId(specs.slope as ChartSpec)).toMatch(/^bc-[0-9a-f]{8}$/);
    expect(chartId(specs.slope as ChartSpec)).not.toBe(chartId(specs.bullet as ChartSpec));
    expect(renderChart(specs.slope as ChartSpec, realFigureIndex(), { id: 'own' }).markup).toContain('aria-labelledby="own-title"');
  });
});

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
