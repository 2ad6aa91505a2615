import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { expectSnapshot, fixtureChart } from '../../support/charts.ts';
import { datasetRowUrl } from '../../../src/lib/urls.ts';

describe('tiles', () => {
  it('tiles', async () => {
    const chart = fixtureChart('tiles');
    expect(chart.kind).toBe('html');
    await expectSnapshot('tiles', chart.markup, 'html');
    const { document } = parseHTML(`<body>${chart.markup}</body>`);
    const items = [...document.querySelectorAll('li.bc-tile')];
    expect(items).toHaveLength(6);
    const values = items.map((li) => li.querySelector('.bc-tile__value')!.textContent);
    expect(values).toEqual(['超1450万元', '1亿元', '2.5亿元', '1.8亿元', '3180万小时', '832亿次']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(datasetRowUrl('lexu-818', 'peak-day-sales'));
    expect(chart.markup).not.toMatch(/\sstyle=/);
  });

  it('tilesDerived', async () => {
    const chart = fixtureChart('tilesDerived');
    await expectSnapshot('tilesDerived', chart.markup, 'html');
    const { document } = parseHTML(`<body>${chart.markup}</body>`);
    const items = [...document.querySelectorAll('li.bc-tile')];
    expect(items.map((li) => li.classList.contains('bc-tile--derived'))).toEqual([true, false, false]);
    expect(items.map((li) => li.querySelector('.bc-tile__bound')?.textContent ?? '')).toEqual(['', '约', '超']);
    expect(items[0]!.querySelector('.bc-tile__period')!.textContent).toMatch(/ · 推算$/);
    // The saved image outlines the derived tile only.
    expect([...chart.imageSvg.matchAll(/<rect [^>]*stroke="([^"]+)" stroke-dasharray/g)].map((m) => m[1] !== 'none')).toEqual([true, false, false]);
  });

  it('draws the same tiles as an SVG for the saved image', () => {
    const chart = fixtureChart('tiles');
    expect(chart.imageSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const t of ['1450万', '832亿']) expect(chart.imageSvg).toContain(t);
  });

  it('describes every number with its period and bound', () => {
    const { description } = fixtureChart('tiles');
    expect(description).toContain('6个关键数字');
    expect(description).toContain('超1450万元（2022年8月14日）');
    expect(description).toContain('832亿次');
  });
});
