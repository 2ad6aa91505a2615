import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';
import { datasetRowUrl } from '../../../src/lib/urls.ts';

describe('multiBaseline', () => {
  it('multiBaseline', async () => {
    const chart = fixtureChart('multiBaseline');
    await expectSnapshot('multiBaseline', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-baseline rect')).toHaveLength(1);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(1);
    // July's index is computed from two growth rates: outlined and labelled.
    expect(svg.querySelectorAll('.bc-m-derived rect')).toHaveLength(1);
    const all = texts(svg);
    expect(all).toContain('115.04 推算');
    expect(all).toContain('161.23');
    expect(all.some((t) => t.includes('较6月+61.23%') && t.includes('较7月+40.15%'))).toBe(true);
    expect(all).toContain('指数（6月 = 100）');
  });

  it('puts the formula of the derived index in the table', () => {
    const { table } = fixtureChart('multiBaseline');
    const july = table.rows.find((r) => r.header === '7月')!;
    expect(july.derived).toBe(true);
    expect(july.cells[1]).toBe('推算：100 × (1 + 61.23%) ÷ (1 + 40.15%) ≈ 115.04');
    expect(july.href).toBe(datasetRowUrl('lexu-818', 'index-july'));
  });

  it('describes the baselines, the values and the stated changes', () => {
    const { description } = fixtureChart('multiBaseline');
    expect(description).toContain('以6月为100');
    expect(description).toContain('7月为115.04');
    expect(description).toContain('推算');
    expect(description).toContain('较6月增长61.23%');
    expect(description).toContain('较7月增长40.15%');
  });
});

describe('multiBaseline without short labels', () => {
  it('wraps a long period label onto two lines instead of running past the frame', async () => {
    const { renderChart } = await import('../../../src/lib/charts/renderChart.ts');
    const { realFigureIndex } = await import('../../fixtures/charts/figureIndex.ts');
    const { specs } = await import('../../fixtures/charts/specs.ts');
    const { labels: _labels, ...spec } = specs.multiBaseline;
    const chart = renderChart(spec as never, realFigureIndex());
    const svg = svgDom(chart.markup);
    const wrapped = [...svg.querySelectorAll('text')].find((t) => t.textContent!.startsWith('2022年7月25日–8月23日'))!;
    expect(wrapped.querySelectorAll('tspan')).toHaveLength(2);
    expect(wrapped.querySelectorAll('tspan')[1]!.textContent).toBe('较6月+61.23%，较2022年7月+40.15%');
  });
});
