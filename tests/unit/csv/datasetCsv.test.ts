import { describe, expect, it } from 'vitest';
import { datasetCsv } from '../../../src/lib/csv/datasetCsv.ts';
import { realFigureIndex } from '../../fixtures/charts/figureIndex.ts';

describe('datasetCsv', () => {
  it('writes every entry and milestone with its quote or formula', () => {
    const dataset = realFigureIndex().get('lexu-818')!;
    const csv = datasetCsv(dataset);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + dataset.entries.length + dataset.data.milestones.length);
    expect(lines[0]).toBe('id,类型,对象,指标,时期,开始,结束,数值,上限,单位,精度,写法,原文引文,推算公式');
    expect(csv).toContain('peak-day-sales,原文,乐栩,8月14日单日销售总额,2022年8月14日,2022-08-14,,14500000,,元,下限(至少),1450万+元,8.14单日销售总额突破1450万,');
    // The derived July index: its value computed, its formula given, float noise dropped.
    expect(csv).toMatch(/index-july,推算,乐栩,[^\r\n]*,115\.041027471,/);
    expect(csv).toContain('7月指数 = 100 × (1 + 61.23%) ÷ (1 + 40.15%)');
  });
});
