import { describe, expect, it } from 'vitest';
import { indexBars, describeIndexBars } from '../../../src/lib/charts/indexBars.ts';
import { expectCleanSvg, expectSnapshot, fixtureChart, svgDom, texts } from '../../support/charts.ts';
import { realFigureIndex } from '../../fixtures/charts/figureIndex.ts';
import type { ChartFigure } from '../../../src/lib/charts/types.ts';

const figure = (ref: string): ChartFigure => {
  const [d, e] = ref.split('/') as [string, string];
  const ds = realFigureIndex().get(d)!;
  return { ref, datasetId: d, datasetTitle: ds.data.title, entry: ds.entries.find((x) => x.id === e)!, siblings: ds.entries };
};

describe('indexBars', () => {
  it('indexBars', async () => {
    const chart = fixtureChart('indexBars');
    await expectSnapshot('indexBars', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-baseline rect')).toHaveLength(1);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(1);
    const all = texts(svg);
    expect(all).toContain('226 · +126%');
    expect(all).toContain('上月');
    expect(all).toContain('818单日');
    expect(all).toContain('指数（上月 = 100）');
  });

  it('indexBarsDerived', async () => {
    const chart = fixtureChart('indexBarsDerived');
    await expectSnapshot('indexBarsDerived', chart.markup);
    expectCleanSvg(chart);
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-baseline rect')).toHaveLength(2);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(1);
    const derived = svg.querySelector('.bc-m-derived')!;
    expect(derived.querySelectorAll('rect')).toHaveLength(1);
    expect([derived.getAttribute('fill'), derived.getAttribute('stroke-dasharray')]).toEqual(['none', '4,3']);
    const all = texts(svg);
    for (const t of ['贵人鸟 · 上月', '天寻 · 本期', '226 · +126%', '166 · +66% 推算']) expect(all).toContain(t);
  });

  it('is byte-identical on every run', () => {
    expect(fixtureChart('indexBars').markup).toBe(fixtureChart('indexBars').markup);
  });

  it('draws one pair of bars per growth figure', () => {
    const chart = indexBars([figure('gougoushou-guirenniao/single-day-gmv-mom'), figure('tianxun-818/daily-gmv-aug-vs-jul')], {
      id: 't',
      baselineLabel: '前期',
      currentLabel: '后期',
    });
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-baseline rect')).toHaveLength(2);
    expect(svg.querySelectorAll('.bc-m-current rect')).toHaveLength(2);
    expect(chart.table.rows).toHaveLength(4);
  });

  it('marks a derived index as 推算, outlined, with its formula in the table', () => {
    const chart = indexBars([figure('tianxun-818/daily-gmv-index')], { id: 't', baselineLabel: '7月', currentLabel: '8月' });
    const svg = svgDom(chart.markup);
    expect(svg.querySelectorAll('.bc-m-derived rect')).toHaveLength(1);
    expect(svg.querySelector('.bc-m-derived')!.getAttribute('fill')).toBe('none');
    expect(texts(svg).some((t) => t.includes('推算'))).toBe(true);
    expect(chart.table.rows[1]!.derived).toBe(true);
    expect(chart.table.rows[1]!.cells.join()).toContain('推算：100 × (1 + 66%) = 166');
  });

  it('refuses a figure that is not a growth rate or an index', () => {
    expect(() => indexBars([figure('lexu-818/peak-day-sales')], { id: 't', baselineLabel: 'a', currentLabel: 'b' })).toThrow(/percentChange/);
  });

  it('describes what is compared, the values and the change', () => {
    const text = describeIndexBars([figure('gougoushou-guirenniao/single-day-gmv-mom')], { baselineLabel: '上月', currentLabel: '818单日' });
    expect(text).toContain('以上月为100');
    expect(text).toContain('818单日为226');
    expect(text).toContain('增长126%');
  });
});
