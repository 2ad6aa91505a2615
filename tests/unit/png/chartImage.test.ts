import { describe, expect, it } from 'vitest';
import { chartImageSvg } from '../../../src/lib/png/chartImage.ts';
import { fixtureChart } from '../../support/charts.ts';

describe('chartImageSvg', () => {
  it('frames the image with title, takeaway, unit and source', () => {
    const svg = chartImageSvg(fixtureChart('bullet'));
    for (const t of ['卡丹路:店铺评分与门槛', '单位：分', '来源：乐栩 × 卡丹路', '产业带案例库']) expect(svg).toContain(t);
    expect(svg).not.toMatch(/aria-labelledby|role="img"/);
  });
});
