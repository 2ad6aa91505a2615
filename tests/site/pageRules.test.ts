/**
 * Rules the built pages keep for whatever content exists: every chart drawn
 * is one the label test covers; a case shows a chart section only when it has
 * a chart, says so when the article gives no figure of its merchant, and ends
 * with where to read next; the provider-scale chart says whom it leaves out;
 * figures are written one way (超1450万元, never 1450万+元); belts without a
 * case are not offered as destinations.
 */
import { describe, expect, it } from 'vitest';
import { loadPage, mainText, allPages, requireBuiltSite } from '../support/dist.ts';
import { root } from '../support/root.ts';
import { siteCharts } from '../support/siteCharts.ts';
import { chartId } from '../../src/lib/charts/chartId.ts';
import { subjectFigureRefs } from '../../src/lib/content/caseFigures.ts';
import { beltIndexUrl, beltUrl, caseUrl, providerUrl } from '../../src/lib/urls.ts';

requireBuiltSite();
const {
  check: { content },
  placed,
} = siteCharts(root);
const cases = [...content.cases.values()];
const providers = [...content.providers.values()];
const providerName = (id: string) => content.providers.get(id)!.data.name;

describe('the built pages', () => {
  it('draw only charts that chartsOfSite lists (so the label test sees every one)', () => {
    const known = new Set(placed.map((p) => chartId(p.spec)));
    const drawn = allPages().flatMap((path) => [...loadPage(path).querySelectorAll('figure.bc-chart')].map((f) => `${path} ${f.id}`));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((d) => !known.has(d.split(' ')[1]!))).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('case %s: charts only when it has some, the merchant’s missing figures said, and what to read next', (_, entry) => {
    const doc = loadPage(caseUrl(entry.id));
    expect(doc.querySelector('#charts') !== null).toBe(entry.data.charts.length > 0);
    const notice = doc.querySelector('main .notice')?.textContent ?? '';
    const noMerchantFigures = Boolean(entry.data.merchant) && subjectFigureRefs(entry.data, providerName(entry.data.provider), content.datasets).length === 0;
    if (noMerchantFigures) expect(notice).toContain(`原文没有给出${entry.data.merchant}`);
    else expect(notice).toBe('');
    if (cases.length > 1) expect(doc.querySelectorAll('.read-next a').length).toBeGreaterThan(0);
    // 数据来源 is folded below the story.
    expect(doc.querySelector('.sources details')).not.toBeNull();
  });

  it.each(providers.map((p) => [p.id, p] as const))('provider %s: the scale chart names providers with no merchant count', (_, entry) => {
    const missing = providers.filter((p) => !p.data.scale.some((ref) => content.datasets.get(ref.split('/')[0]!)?.entries.some((e) => e.id === ref.split('/')[1] && e.unit === 'merchants')));
    const notes = [...loadPage(providerUrl(entry.id)).querySelectorAll('.bc-chart__note')].map((n) => n.textContent ?? '').join('');
    for (const p of missing) expect(notes).toContain(p.data.name);
    if (missing.length === 0) expect(notes).toBe('');
  });

  it('write a lower bound one way on every page: 超1450万元, never 1450万+元', () => {
    const plusForm = allPages().flatMap((path) => {
      const found = mainText(loadPage(path)).match(/\d[万亿]*\+[\p{Script=Han}]/gu) ?? [];
      return found.map((f) => `${path}: ${f}`);
    });
    expect(plusForm).toEqual([]);
  });

  it('offer as destinations only belts that have cases; the others point onward', () => {
    const index = loadPage(beltIndexUrl());
    for (const belt of content.belts.values()) {
      const hasCases = cases.some((c) => c.data.belt === belt.id);
      expect(index.querySelector(`.card a[href="${beltUrl(belt.id)}"]`) !== null, belt.id).toBe(hasCases);
      if (!hasCases) expect(loadPage(beltUrl(belt.id)).querySelectorAll('#onward ~ ul a, section[aria-labelledby="onward"] a').length).toBeGreaterThan(0);
    }
  });
});
