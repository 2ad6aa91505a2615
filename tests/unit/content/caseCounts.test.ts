import { describe, expect, it } from 'vitest';
import { caseCounts, caseCountsSentence } from '../../../src/lib/content/caseCounts.ts';

describe('caseCounts', () => {
  const names = new Map([['a', '甲活动'], ['b', '乙活动']]);

  it('names the one campaign every case belongs to', () => {
    const counts = caseCounts([{ provider: 'p', campaign: 'a' }, { provider: 'q', campaign: 'a' }], names);
    expect(caseCountsSentence(counts)).toBe('这里收录 2 家服务商在甲活动中的 2 个案例。');
  });

  it('counts each campaign, and the cases tied to none, without naming a campaign that has no case', () => {
    const counts = caseCounts([{ provider: 'p', campaign: 'a' }, { provider: 'p', campaign: 'a' }, { provider: 'q', campaign: 'b' }, { provider: 'q' }], names);
    expect(counts).toMatchObject({ cases: 4, providers: 2, withoutCampaign: 1 });
    expect(caseCountsSentence(counts)).toBe('这里收录 2 家服务商的 4 个案例，其中 2 个出自甲活动，1 个出自乙活动，1 个未与具体活动关联。');
    expect(caseCountsSentence(caseCounts([{ provider: 'p' }], names))).toBe('这里收录 1 家服务商的 1 个案例。');
    expect(caseCountsSentence(caseCounts([], names))).toBe('这里还没有收录案例。');
  });

  it('sets a campaign name that starts with a digit or letter apart from the Chinese before it', () => {
    const counts = caseCounts([{ provider: 'p', campaign: 'a' }, { provider: 'p' }], new Map([['a', '2022 双11']]));
    expect(caseCountsSentence(counts)).toContain('其中 1 个出自 2022 双11，');
  });
});
