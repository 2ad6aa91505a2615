import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';

describe('bullet', () => {
  it('bullet', async () => {
    const chart = fixtureChart('bullet');
    await expectSnapshot('bullet', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-s-accent line')).toHaveLength(1);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    const all = texts(svg);
    for (const t of ['整改前 4.4分', '整改后 4.58分', '原文对照的分数 4.6分', '4.3', '4.7', '评分（分）']) expect(all).toContain(t);
  });

  it('describes before, after, the threshold and the gap', () => {
    const { description } = fixtureChart('bullet');
    expect(description).toContain('整改前4.4分');
    expect(description).toContain('整改后4.58分');
    expect(description).toContain('提高0.18分');
    expect(description).toContain('还差0.02分');
  });
});
