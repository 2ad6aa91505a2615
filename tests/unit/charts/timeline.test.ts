import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';

describe('timeline', () => {
  it('timeline', async () => {
    const chart = fixtureChart('timeline');
    await expectSnapshot('timeline', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-secondary rect')).toHaveLength(2);
    expect(svg.querySelectorAll('.bc-m-accent path')).toHaveLength(2);
    const all = texts(svg);
    expect(all).toContain('雪姐姐通讯起号 · 7月22日');
    expect(all).toContain('文中点出单日销售总额的一天 · 8月14日');
    expect(all.some((t) => /^\d+月\d+日$/.test(t))).toBe(true);
  });

  it('lists events in date order with the window lengths', () => {
    const { table, description } = fixtureChart('timeline');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['7月22日', '2022年7月25日–8月23日', '2022年8月6日–18日', '8月14日']);
    expect(table.rows[1]!.cells[1]).toBe('30天（推算）');
    expect(table.rows[2]!.cells[1]).toBe('13天（推算）');
    expect(description).toMatch(/^时间线，按时间顺序列出4个事件/);
    expect(description).toContain('共30天（推算）');
  });
});
