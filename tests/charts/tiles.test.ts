import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { expectSnapshot, fixtureChart } from './support.ts';
import { datasetRowUrl } from '../../src/lib/urls.ts';

describe('tiles', () => {
  it('tiles', () => {
    const chart = fixtureChart('tiles');
    expect(chart.kind).toBe('html');
    expectSnapshot('tiles', chart.markup, 'html');
    const { document } = parseHTML(`<body>${chart.markup}</body>`);
    const items = [...document.querySelectorAll('li.bc-tile')];
    expect(items).toHaveLength(6);
    const values = items.map((li) => li.querySelector('.bc-tile__value')!.textContent);
    expect(values).toEqual(['超1450万元', '1亿元', '2.5亿元', '1.8亿元', '3180万小时', '832亿次']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(datasetRowUrl('lexu-818', 'peak-day-sales'));
    expect(chart.markup).not.toMatch(/\sstyle=/);
  });

  it('draws the same tiles as an SVG for the saved image', () => {
    const chart = fixtureChart('tiles');
    expect(chart.imageSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const t of ['1450万', '832亿']) expect(chart.imageSvg).toContain(t);
  });

  it('describes every number with its period and bound', () => {
    const { description } = fixtureChart('tiles');
    expect(description).toContain('6个关键数字');
    expect(description).toContain('超1450万元(2022年8月14日)');
    expect(description).toContain('832亿次');
  });
});
