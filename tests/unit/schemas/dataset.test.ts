import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/schemas/dataset.ts';

describe('datasetSchema', () => {
  const goodEntry = {
    id: 'x',
    label: 'x',
    period: { label: 'p' },
    unit: 'yuan',
    kind: 'stated',
    value: 1,
    source: { document: 'douyin-818-2022', quote: '当天GMV25万' },
  };
  const dataset = (entry: unknown) => ({ title: 't', description: 'd', unit: 'yuan', entries: [entry] });

  it('takes 件, 单, 间, 个 and 人次 as units and 近/不到 as a bound', () => {
    for (const unit of ['pieces', 'orders', 'rooms', 'count', 'visits']) expect(datasetSchema.safeParse(dataset({ ...goodEntry, unit })).success, unit).toBe(true);
    expect(datasetSchema.parse(dataset({ ...goodEntry, bound: 'atMost' })).entries[0]).toMatchObject({ bound: 'atMost' });
  });

  it('accepts a minimal dataset and fills defaults', () => {
    const parsed = datasetSchema.parse(dataset(goodEntry));
    expect(parsed.entries[0]).toMatchObject({ bound: 'exact' });
    expect(parsed.milestones).toEqual([]);
  });

  it('rejects text where a number belongs', () => {
    const result = datasetSchema.safeParse(dataset({ ...goodEntry, value: '25万' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['entries', 0, 'value']);
    expect(result.error!.issues[0]!.message).toMatch(/expected a number/);
  });

  it('rejects a derived entry without a formula and an unknown unit', () => {
    expect(datasetSchema.safeParse(dataset({ ...goodEntry, kind: 'derived', value: undefined })).success).toBe(false);
    expect(datasetSchema.safeParse(dataset({ ...goodEntry, unit: 'dollars' })).success).toBe(false);
  });
});
