/** What the counts need of a case: its provider and, when it has one, its campaign. */
export interface CountedCase {
  provider: string;
  campaign?: string | undefined;
}

/** How many cases, from how many providers, and how many in each campaign (largest first, then by name). */
export interface CaseCounts {
  cases: number;
  providers: number;
  campaigns: { id: string; name: string; cases: number }[];
  /** Cases the source ties to no campaign. */
  withoutCampaign: number;
}

/** Counts the casebook, for sentences that must stay true as cases are added. */
export function caseCounts(cases: readonly CountedCase[], campaignNames: ReadonlyMap<string, string>): CaseCounts {
  const byCampaign = new Map<string, number>();
  for (const c of cases) if (c.campaign) byCampaign.set(c.campaign, (byCampaign.get(c.campaign) ?? 0) + 1);
  return {
    cases: cases.length,
    providers: new Set(cases.map((c) => c.provider)).size,
    campaigns: [...byCampaign]
      .map(([id, n]) => ({ id, name: campaignNames.get(id) ?? id, cases: n }))
      .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh')),
    withoutCampaign: cases.filter((c) => !c.campaign).length,
  };
}

/**
 * The counts in one Chinese sentence: “这里收录 4 家服务商的 10 个案例，其中 8 个
 * 出自…，2 个未与具体活动关联。” A campaign is named only when cases belong to it.
 */
export function caseCountsSentence(counts: CaseCounts): string {
  if (counts.cases === 0) return '这里还没有收录案例。';
  const [only] = counts.campaigns;
  if (only && counts.campaigns.length === 1 && counts.withoutCampaign === 0) return `这里收录 ${counts.providers} 家服务商在${only.name}中的 ${counts.cases} 个案例。`;
  const parts = counts.campaigns.map((c) => `${c.cases} 个出自${/^[A-Za-z0-9]/.test(c.name) ? ' ' : ''}${c.name}`);
  if (parts.length > 0 && counts.withoutCampaign > 0) parts.push(`${counts.withoutCampaign} 个未与具体活动关联`);
  const head = `这里收录 ${counts.providers} 家服务商的 ${counts.cases} 个案例`;
  return parts.length > 0 ? `${head}，其中 ${parts.join('，')}。` : `${head}。`;
}
