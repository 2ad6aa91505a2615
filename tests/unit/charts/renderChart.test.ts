import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/renderChart.ts';
import { chartId } from '../../../src/lib/charts/chartId.ts';
import { realFigureIndex } from '../../fixtures/charts/figureIndex.ts';
import { branchSpecs, specs } from '../../fixtures/charts/specs.ts';
import type { ChartSpec } from '../../../src/schemas/chart.ts';
import { chartSpecSchema } from '../../../src/schemas/chart.ts';

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

  it('draws every branch spec with the builder it names, each valid under the chart schema', () => {
    for (const [name, spec] of Object.entries(branchSpecs)) {
      expect(chartSpecSchema.safeParse(spec).success, name).toBe(true);
      expect(name.startsWith(spec.type), `${name} names its builder first`).toBe(true);
      expect(renderChart(spec as ChartSpec, realFigureIndex()).type).toBe(spec.type);
    }
  });

  it('names the chart when a reference names nothing', () => {
    const spec = { ...specs.slope, figures: ['belt-provider-programme/nope', 'belt-provider-programme/penetration-2021-end'] } as ChartSpec;
    expect(() => renderChart(spec, realFigureIndex())).toThrow(/服务商渗透产业带商家GMV的占比.*slope.*nope/);
  });

  it('names the chart when labels and figures do not match', () => {
    const spec = { ...specs.providerScale, labels: ['只有一个'] } as ChartSpec;
    expect(() => renderChart(spec, realFigureIndex())).toThrow(/providerScale.* › labels：labels 有 1 个名字，但图里有 3 个数字.*1 names for 3 items/);
  });

  it('gives ids that depend on the spec only', () => {
    expect(chartId(specs.slope as ChartSpec)).toMatch(/^bc-[0-9a-f]{8}$/);
    expect(chartId(specs.slope as ChartSpec)).not.toBe(chartId(specs.bullet as ChartSpec));
    expect(renderChart(specs.slope as ChartSpec, realFigureIndex(), { id: 'own' }).markup).toContain('aria-labelledby="own-title"');
  });
});
