import { describe, expect, it } from 'vitest';
import { loadPage, readPage, requireBuiltSite } from '../support/dist.ts';
import { root } from '../support/root.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { listSizes } from '../../src/lib/lists/listSizes.ts';
import { editorialOrder, latestFirst } from '../../src/lib/lists/caseOrder.ts';
import { beltUrl, caseFacetUrl, caseIndexUrl, caseUrl, homeUrl, providerUrl, rssUrl, type CaseFacet } from '../../src/lib/urls.ts';

requireBuiltSite();

const { content } = checkProject(root);
const cases = [...content.cases.values()];

/** The case links of a paginated list, page after page by its rel="next" links, and how many pages it had. */
function walkList(first: string): { links: string[]; pages: number } {
  const links: string[] = [];
  let pages = 0;
  for (let url: string | null | undefined = first; url; ) {
    const doc = loadPage(url);
    pages++;
    const cards = [...doc.querySelectorAll('main .card-list .card h2 a')].map((a) => a.getAttribute('href')!);
    expect(cards.length, `${url} shows at most ${listSizes.casesPerPage} cases`).toBeLessThanOrEqual(listSizes.casesPerPage);
    links.push(...cards);
    url = doc.querySelector('nav.pager a[rel="next"]')?.getAttribute('href');
    expect(pages, 'the pager ends').toBeLessThan(10_000);
  }
  return { links, pages };
}

describe('lists that grow with the content', () => {
  it('/cases/ shows every case once, in editorial order, over pages linked without JavaScript', () => {
    const { links, pages } = walkList(caseIndexUrl());
    expect(links).toEqual([...cases].sort(editorialOrder).map((c) => caseUrl(c.id)));
    expect(pages).toBe(Math.max(1, Math.ceil(cases.length / listSizes.casesPerPage)));
    if (pages > 1) expect(readPage(caseIndexUrl(2))).toContain(`href="${caseIndexUrl()}"`);
  });

  it('has a page of cases for every service type, belt, provider and practice that has any, listing exactly those', () => {
    const facets: [CaseFacet, string, (c: (typeof cases)[number]) => boolean][] = [
      ...[...new Set(cases.flatMap((c) => c.data.serviceTypes))].map((name) => ['service', name, (c: (typeof cases)[number]) => c.data.serviceTypes.includes(name)] as const),
      ...[...content.belts.keys()].map((id) => ['belt', id, (c: (typeof cases)[number]) => c.data.belt === id] as const),
      ...[...content.providers.keys()].map((id) => ['provider', id, (c: (typeof cases)[number]) => c.data.provider === id] as const),
      ...[...new Set(cases.flatMap((c) => c.data.practices))].map((id) => ['practice', id, (c: (typeof cases)[number]) => c.data.practices.includes(id)] as const),
    ] as [CaseFacet, string, (c: (typeof cases)[number]) => boolean][];
    const index = readPage(caseIndexUrl());
    for (const [facet, id, has] of facets) {
      const expected = cases.filter(has).sort(editorialOrder).map((c) => caseUrl(c.id));
      if (expected.length === 0) continue;
      expect(walkList(caseFacetUrl(facet, id)).links, `${facet} ${id}`).toEqual(expected);
      if (facet === 'service' || facet === 'belt') expect(index, `/cases/ links to ${facet} ${id}`).toContain(`href="${caseFacetUrl(facet, id)}"`);
    }
  });

  it('home shows the latest cases and links to all of them', () => {
    const doc = loadPage(homeUrl());
    const shown = [...doc.querySelectorAll('main .card-list .card a')].map((a) => a.getAttribute('href'));
    expect(shown).toEqual([...cases].sort(latestFirst).slice(0, listSizes.homeLatest).map((c) => caseUrl(c.id)));
    expect(doc.querySelector(`main a[href="${caseIndexUrl()}"]`)?.textContent).toContain(String(cases.length));
  });

  it('provider and belt pages show their first cases and link to all of them when there are more', () => {
    const pages = [
      ...[...content.providers.keys()].map((id) => ({ url: providerUrl(id), all: caseFacetUrl('provider', id), n: cases.filter((c) => c.data.provider === id).length })),
      ...[...content.belts.keys()].map((id) => ({ url: beltUrl(id), all: caseFacetUrl('belt', id), n: cases.filter((c) => c.data.belt === id).length })),
    ];
    for (const { url, all, n } of pages) {
      const doc = loadPage(url);
      expect(doc.querySelectorAll('main .card-list .card').length, url).toBe(Math.min(n, listSizes.entityCases));
      expect(doc.querySelector(`main a[href="${all}"]`) !== null, `${url} links to ${all}`).toBe(n > listSizes.entityCases);
    }
  });

  it('the feed carries the latest cases, at most its size', () => {
    const items = [...readPage(rssUrl()).matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(items).toEqual([...cases].sort(latestFirst).slice(0, listSizes.feedItems).map((c) => caseUrl(c.id)));
  });
});
