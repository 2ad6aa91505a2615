import { describe, expect, it } from 'vitest';
import { memoryIndex as index, stated, dataset } from '../../support/memoryIndex.ts';
import { providerScaleChart } from '../../../src/lib/content/providerScaleChart.ts';

describe('providerScaleChart', () => {
  const figures = index({
    one: dataset([stated('staff', 'people', 50, 's'), stated('merchants', 'merchants', 165, 's')]),
    two: dataset([stated('merchants', 'merchants', 700, 's')]),
    three: dataset([stated('gmv', 'yuan', 1, 's')]),
  });

  it('takes every provider’s first scale figure counted in merchants, largest first, and names those without one', () => {
    const { spec, without } = providerScaleChart(
      [
        { name: '甲', scale: ['one/staff', 'one/merchants'] },
        { name: '乙', scale: ['two/merchants'] },
        { name: '丙', scale: ['three/gmv'] },
      ],
      figures,
    );
    expect(spec).toMatchObject({ type: 'providerScale', figures: ['two/merchants', 'one/merchants'], labels: ['乙', '甲'] });
    expect(without).toEqual(['丙']);
  });

  it('shows at most `limit` providers, the largest, and the one to include whatever its rank', () => {
    const providers = [
      { name: '甲', scale: ['one/merchants'] },
      { name: '乙', scale: ['two/merchants'] },
    ];
    expect(providerScaleChart(providers, figures, { limit: 1 }).spec).toMatchObject({ labels: ['乙'], title: '服务商家最多的1家服务商' });
    expect(providerScaleChart(providers, figures, { limit: 1, include: '甲' }).spec).toMatchObject({ labels: ['乙', '甲'], title: '服务商家最多的1家服务商与甲' });
    expect(providerScaleChart(providers, figures, { limit: 2, include: '甲' }).spec).toMatchObject({ labels: ['乙', '甲'], title: '各服务商服务的商家数' });
  });

  it('draws no chart when no provider has such a figure', () => {
    expect(providerScaleChart([{ name: '丙', scale: ['three/gmv'] }], figures)).toEqual({ spec: undefined, without: ['丙'] });
  });
});
