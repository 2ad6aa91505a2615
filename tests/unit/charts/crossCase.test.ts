import { describe, expect, it } from 'vitest';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';

describe('crossCase', () => {
  it('crossCase', async () => {
    const chart = fixtureChart('crossCase');
    await expectSnapshot('crossCase', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    // 8 figures: 7 stated dots, 1 derived (hollow) dot; 4 lower bounds with a dashed tail.
    expect(svg.querySelectorAll('.bc-m-current circle')).toHaveLength(7);
    expect(svg.querySelectorAll('.bc-m-derived circle')).toHaveLength(1);
    expect(svg.querySelectorAll('.bc-s-current path, .bc-s-current line')).toHaveLength(4);
    const all = texts(svg);
    for (const t of ['10万', '100万', '1000万', '1亿', '10亿', '1.8亿元', '超1450万元', '25万元', '7200万元 推算']) expect(all).toContain(t);
    expect(all.some((t) => t.includes('对数刻度'))).toBe(true);
  });

  it('crossCaseLeftLabel', async () => {
    const chart = fixtureChart('crossCaseLeftLabel');
    await expectSnapshot('crossCaseLeftLabel', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    // All three are lower bounds, each with its dashed tail to the right.
    expect(svg.querySelectorAll('.bc-m-current circle')).toHaveLength(3);
    expect(svg.querySelectorAll('.bc-s-current path, .bc-s-current line')).toHaveLength(3);
    // The largest sits near the right edge: its label goes left of the dot, the others right.
    const leftLabels = [...svg.querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent);
    expect(leftLabels).toEqual(['超4万人']);
    expect(texts(svg)).toEqual(expect.arrayContaining(['超1.5万人', '超100人']));
  });

  it('sorts largest first and keeps lower bounds in the table', () => {
    const { table } = fixtureChart('crossCase');
    expect(table.rows[0]!.cells[0]).toBe('1.8亿元');
    expect(table.rows.at(-1)!.cells[0]).toBe('25万元');
    expect(table.rows.filter((r) => r.cells[0]!.startsWith('超'))).toHaveLength(4);
  });

  it('describes every value, largest first, and what “超” means', () => {
    const { description } = fixtureChart('crossCase');
    expect(description).toMatch(/^点图，对数刻度，比较8个案例的GMV/);
    expect(description.indexOf('1.8亿元')).toBeLessThan(description.indexOf('25万元'));
    expect(description).toContain('超1450万元');
    expect(description).toContain('“超”表示原文给出的是下限');
  });
});
