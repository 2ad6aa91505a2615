import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from './support.ts';

describe('providerScale', () => {
  it('providerScale', () => {
    const chart = fixtureChart('providerScale');
    expectSnapshot('providerScale', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(3);
    // 700+ and 1300+ are lower bounds: each bar runs on as a dashed open end.
    expect(svg.querySelectorAll('.bc-s-current path, .bc-s-current line')).toHaveLength(2);
    const all = texts(svg);
    for (const t of ['165家', '700+家', '1300+家', '勾勾手', '侠客汇', '天寻', '服务商家数(家)']) expect(all).toContain(t);
  });

  it('keeps the “+” of lower bounds in the table and the description', () => {
    const { table, description, unit } = fixtureChart('providerScale');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['165家', '700+家', '1300+家']);
    expect(description).toContain('勾勾手165家');
    expect(description).toContain('侠客汇超700家');
    expect(description).toContain('天寻超1300家');
    expect(unit).toContain('下限');
  });
});
