import { describe, expect, it } from 'vitest';
import { campaignCounts } from '../../../src/lib/content/campaignCounts.ts';

describe('campaignCounts', () => {
  it('counts the cases of each campaign the sources report on, leaving out the others', () => {
    expect(campaignCounts(['大促A', '大促B', '大促A'], ['大促A', undefined, '其他', '大促A'])).toEqual([{ campaign: '大促A', count: 2 }]);
    expect(campaignCounts([], ['大促A'])).toEqual([]);
  });
});
