import { describe, expect, it } from 'vitest';
import { datasetCsv } from '../../../src/lib/csv/datasetCsv.ts';
import { csvCell } from '../../../src/lib/csv/toCsv.ts';
import { realFigureIndex } from '../../fixtures/charts/figureIndex.ts';

/** Titles of some source documents, as the CSV names them. */
const titles = (ids: readonly string[]) => new Map(ids.map((id) => [id, { title: `《${id}》的标题` }]));

describe('datasetCsv', () => {
  it('writes every entry and milestone with its quote or formula, and the document it comes from', () => {
    const dataset = realFigureIndex().get('lexu-818')!;
    const peak = dataset.entries.find((e) => e.id === 'peak-day-sales')!;
    const document = peak.kind === 'stated' ? peak.source.document : '';
    const csv = datasetCsv(dataset, titles([document]));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + dataset.entries.length + dataset.data.milestones.length);
    expect(lines[0]).toBe('id,类型,对象,指标,时期,开始,结束,数值,上限,单位,精度,写法,原文引文,推算公式,资料来源id,资料来源');
    // Each stated row names the document its quote comes from.
    expect(csv).toContain(`peak-day-sales,原文,乐栩,8月14日单日销售总额,2022年8月14日,2022-08-14,,14500000,,元,下限（至少）,超1450万元,8.14单日销售总额突破1450万,,${document},${csvCell(`《${document}》的标题`)}`);
    // The derived July index: its value computed, its formula given, float noise dropped.
    expect(csv).toMatch(/index-july,推算,乐栩,[^\r\n]*,115\.041027471,/);
    expect(csv).toContain('100 × (1 + 61.23%) ÷ (1 + 40.15%) ≈ 115.04');
  });
});
