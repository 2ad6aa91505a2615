import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';

describe('slope', () => {
  it('slope', async () => {
    const chart = fixtureChart('slope');
    await expectSnapshot('slope', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-current circle')).toHaveLength(2);
    expect(svg.querySelectorAll('.bc-s-current path')).toHaveLength(1);
    const all = texts(svg);
    for (const t of ['7%', '20%', '2021年初', '2021年末', '变化 +13个百分点', '0%', '10%']) expect(all).toContain(t);
  });

  it('describes both values and the change in percentage points', () => {
    const { description } = fixtureChart('slope');
    expect(description).toContain('2021年初为7%');
    expect(description).toContain('2021年末为20%');
    expect(description).toContain('上升13个百分点');
  });
});
