import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';

describe('providerScale', () => {
  it('providerScale', async () => {
    const chart = fixtureChart('providerScale');
    await expectSnapshot('providerScale', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(3);
    // 超700 and 超1300 are lower bounds: each bar runs on as a dashed open end.
    expect(svg.querySelectorAll('.bc-s-current path, .bc-s-current line')).toHaveLength(2);
    const all = texts(svg);
    for (const t of ['165家', '超700家', '超1300家', '勾勾手', '侠客汇', '天寻', '服务商家数（家）']) expect(all).toContain(t);
  });

  it('providerScaleDerived', async () => {
    const chart = fixtureChart('providerScaleDerived');
    await expectSnapshot('providerScaleDerived', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(2);
    // Last year's week is computed from this year's and the multiple: outlined and labelled.
    const derived = svg.querySelector('.bc-m-derived')!;
    expect(derived.querySelectorAll('rect')).toHaveLength(1);
    expect([derived.getAttribute('fill'), derived.getAttribute('stroke-dasharray')]).toEqual(['none', '4,3']);
    expect(svg.querySelectorAll('.bc-s-current path, .bc-s-current line')).toHaveLength(1);
    const all = texts(svg);
    for (const t of ['1.8亿元', '7200万元 推算', '超100万元', '数量（元）']) expect(all).toContain(t);
  });

  it('keeps the 超 of lower bounds in the table and the description', () => {
    const { table, description, unit } = fixtureChart('providerScale');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['165家', '超700家', '超1300家']);
    expect(description).toContain('勾勾手165家');
    expect(description).toContain('侠客汇超700家');
    expect(description).toContain('天寻超1300家');
    expect(unit).toContain('下限');
  });
});
