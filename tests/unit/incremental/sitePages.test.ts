/**
 * The cache keys of the incremental build, on a small made-up site: an edit
 * changes the key of every page that shows what was edited (else that page
 * would be stale), and of no other page (else it is rendered for nothing).
 * A case's MDX body shows only on its own page; lists show its card.
 */
import { describe, expect, it } from 'vitest';
import { datasetUsage } from '../../../src/lib/charts/datasetUsage.ts';
import type { DatasetIndex, LoadedDataset } from '../../../src/lib/content/datasetIndex.ts';
import { relatedCases, relatedCasesOfAll } from '../../../src/lib/content/relatedCases.ts';
import { practiceCaseList } from '../../../src/lib/handbook/practiceCases.ts';
import { sitePages, type SiteCase, type SiteContent } from '../../../src/lib/incremental/sitePages.ts';
import { editorialOrder } from '../../../src/lib/lists/caseOrder.ts';
import { sourceOrder } from '../../../src/lib/lists/sourceOrder.ts';
import { listSizes } from '../../../src/lib/lists/listSizes.ts';
import { beltUrl, caseFacetUrl, caseIndexUrl, caseUrl, chapterUrl, dataIndexUrl, datasetCsvUrl, datasetJsonUrl, datasetUrl, providerIndexUrl, providerUrl, sectionShareUrl, sourceIndexUrl, sourceUrl } from '../../../src/lib/urls.ts';

type TestCase = SiteCase & { data: SiteCase['data'] & { period?: { label: string } } };

const figure = (id: string, subject: string, value: number, unit = 'yuan') =>
  ({ id, label: `${id}的数`, subject, unit, kind: 'stated', value, bound: 'exact', period: { label: '某年' }, source: { document: 'doc', quote: '原文' } }) as never;
const dataset = (id: string, entries: unknown[]): LoadedDataset => ({ id, file: `data/${id}.json`, data: { title: `${id}数据`, milestones: [], entries } as never, entries: entries as never });

const providerIds = ['p1', 'p2', 'p3'];
const sections = [
  { id: 's1', title: '方法一', chapterTitle: '第一章', href: '/handbook/one/#s1' },
  { id: 's2', title: '方法二', chapterTitle: '第一章', href: '/handbook/one/#s2' },
];
const chapters = [
  { id: 'one', title: '第一章', shortTitle: '一', description: '第一章讲什么', href: '/handbook/one/', sections, entry: { body: '## 方法一 :section{#s1}\n\n第一段。\n\n## 方法二 :section{#s2}\n\n第二段。\n' } },
  { id: 'two', title: '第二章', shortTitle: '二', description: '第二章讲什么', href: '/handbook/two/', sections: [{ id: 's3', title: '方法三', chapterTitle: '第二章', href: '/handbook/two/#s3' }], entry: { body: '## 方法三 :section{#s3}\n\n第三段。\n' } },
];

function makeCase(i: number): TestCase {
  const id = `case-${String(i).padStart(3, '0')}`;
  return {
    id,
    body: `案例${i}的正文。`,
    data: {
      title: `案例${i}`,
      summary: `案例${i}的摘要`,
      merchant: `商家${i}`,
      provider: { id: providerIds[i % 3]! },
      belt: { id: i % 2 === 0 ? 'b1' : 'b2' },
      serviceTypes: [i % 2 === 0 ? '代运营' : '培训'],
      practices: i % 4 === 0 ? ['s1'] : i % 4 === 1 ? ['s2'] : [],
      keyFigures: [`${id}/gmv`],
      order: 100,
      dataset: { id },
      charts: [],
    },
  };
}

/** A site of `n` cases (three pages of `/cases/` at 45), three providers, two belts, two practices. */
function makeSite(n = 45): SiteContent<TestCase> {
  const cases = Array.from({ length: n }, (_, i) => makeCase(i));
  return withCases(
    {
      cases,
      providers: providerIds.map((id) => ({ id, body: `${id}的正文`, data: { name: `服务商${id}`, summary: `${id}的介绍`, belts: [{ id: 'b1' }], scale: [`${id}/merchants`], charts: [], dataset: { id } } })),
      belts: ['b1', 'b2', 'b3'].map((id) => ({ id, body: '', data: { name: `产业带${id}`, place: '某地' } })),
      datasets: new Map(),
      sources: [{ id: 'doc', data: { title: '某篇文章' } }],
      serviceTypes: ['代运营', '培训', '直播'],
      campaigns: new Map(),
      chapters,
      usage: new Map(),
      sourceUsage: new Map(),
      moved: { sections: new Map(), chapters: [] },
    },
    cases,
  );
}

/** The site with these cases (in editorial order), their datasets and the usage lists recomputed. */
function withCases(site: SiteContent<TestCase>, cases: TestCase[]): SiteContent<TestCase> {
  const sorted = [...cases].sort(editorialOrder);
  const datasets: DatasetIndex = new Map([
    ...providerIds.map((id, i) => [id, dataset(id, [figure('merchants', `服务商${id}`, 100 * (i + 1), 'merchants')])] as const),
    ...sorted.map((c, i) => [c.id, dataset(c.id, [figure('gmv', c.data.merchant!, 1000 + i)])] as const),
  ]);
  const citing = sorted.map((c) => ({ url: caseUrl(c.id), title: c.data.title, dataset: c.data.dataset.id, refs: c.data.keyFigures, body: c.body }));
  // Every case's figures come from the one source document.
  return { ...site, cases: sorted, datasets, usage: datasetUsage(citing), sourceUsage: new Map([['doc', citing.map(({ url, title }) => ({ url, title }))]]) };
}

/** The site with one case changed by `edit`. */
function editCase(site: SiteContent<TestCase>, id: string, edit: (c: TestCase) => void): SiteContent<TestCase> {
  return withCases(
    site,
    site.cases.map((c) => {
      if (c.id !== id) return c;
      const copy = structuredClone(c);
      edit(copy);
      return copy;
    }),
  );
}

/** Addresses whose keys differ between two builds of the site (or that only one has). */
function changedKeys(before: SiteContent<TestCase>, after: SiteContent<TestCase>): string[] {
  const a = sitePages(before).keys;
  const b = sitePages(after).keys;
  return [...new Set([...a.keys(), ...b.keys()])].filter((url) => a.get(url) !== b.get(url)).sort();
}

const names = (site: SiteContent<TestCase>) => new Map(site.providers.map((p) => [p.id, p.data.name]));

/** Every page listing the case (by its card, a read-next link or under a handbook section), from the views the pages render. */
function pagesListing(site: SiteContent<TestCase>, id: string): string[] {
  const pages = sitePages(site);
  const href = caseUrl(id);
  return [
    ...pages.caseIndex.filter((p) => p.page.items.some((c) => c.href === href)).map((p) => caseIndexUrl(p.page.number)),
    ...pages.facetPages.filter((p) => p.page.items.some((c) => c.href === href)).map((p) => caseFacetUrl(p.group.facet, p.group.id, p.page.number)),
    ...[...pages.providerPages].filter(([, p]) => p.cases.some((c) => c.href === href)).map(([pid]) => providerUrl(pid)),
    ...[...pages.beltPages].filter(([, p]) => p.cases.some((c) => c.href === href)).map(([bid]) => beltUrl(bid)),
    ...[...pages.casePages].filter(([, p]) => p.readNext.some((r) => r.href === href)).map(([cid]) => caseUrl(cid)),
    ...site.chapters.filter((ch) => ch.sections.some((s) => practiceCaseList(site.cases, s.id, names(site), site.datasets, listSizes.practiceCases).cases.some((c) => c.href === href))).map((ch) => chapterUrl(ch.id)),
  ];
}

describe('sitePages: cache keys by what each page shows', () => {
  const site = makeSite();
  const middle = site.cases[25]!.id;

  it('keys every list, case, provider, belt and dataset page, each differently', () => {
    const { keys, caseIndex } = sitePages(site);
    expect(caseIndex).toHaveLength(Math.ceil(45 / listSizes.casesPerPage));
    for (const url of [caseIndexUrl(), caseIndexUrl(2), caseUrl(middle), providerIndexUrl(), providerUrl('p1'), beltUrl('b1'), dataIndexUrl(), sourceIndexUrl(), datasetUrl(middle), datasetCsvUrl(middle), datasetJsonUrl(middle)])
      expect(keys.get(url), url).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(keys.values()).size, 'a CSV and its JSON share one key').toBe(keys.size - (site.datasets.size));
  });

  it('is the same for the same content', () => {
    expect(changedKeys(site, makeSite())).toEqual([]);
  });

  it('editing a case’s body changes its own page’s key and no list’s', () => {
    expect(changedKeys(site, editCase(site, middle, (c) => (c.body += '\n新的一段。')))).toEqual([caseUrl(middle)]);
  });

  it('editing a case’s title changes its page, every page listing it (its /cases/ page, facets, provider and belt pages, read-next links), its dataset’s and its source’s page', () => {
    for (const id of [site.cases[0]!.id, middle]) {
      const expected = [caseUrl(id), ...pagesListing(site, id), datasetUrl(id), sourceUrl('doc')];
      expect(expected).toContain(caseIndexUrl(id === middle ? 2 : 1));
      expect(expected.filter((u) => /\/cases\/(service|belt|provider|practice)\//.test(u)).length, 'facet pages').toBeGreaterThanOrEqual(3);
      expect(changedKeys(site, editCase(site, id, (c) => (c.data.title = '改过的标题')))).toEqual([...new Set(expected)].sort());
    }
  });

  it('a frontmatter field that no card shows changes the case’s page only', () => {
    expect(changedKeys(site, editCase(site, middle, (c) => (c.data.period = { label: '某月' })))).toEqual([caseUrl(middle)]);
  });

  it('a new case changes every page of /cases/ and of its facets (counts, pagination), not the other facets', () => {
    const added = makeCase(45);
    const changed = changedKeys(site, withCases(site, [...site.cases, added]));
    const pages = sitePages(site);
    for (const p of pages.caseIndex) expect(changed).toContain(caseIndexUrl(p.page.number));
    expect(changed).toContain(caseUrl(added.id));
    // The new case is a 培训 case in belt b2 by p1: the 代运营 facet and belt b1's list stay as they were.
    expect(changed).toContain(caseFacetUrl('service', '培训'));
    expect(changed).not.toContain(caseFacetUrl('service', '代运营'));
    expect(changed).not.toContain(caseFacetUrl('belt', 'b1'));
    // /providers/ shows each provider's case count.
    expect(changed).toContain(providerIndexUrl());
    // A new dataset is a new row of /data/.
    expect(changed).toContain(dataIndexUrl());
  });

  it('renaming a provider changes the pages that show its name, on cards and charts', () => {
    const renamed = { ...site, providers: site.providers.map((p) => (p.id === 'p2' ? { ...p, data: { ...p.data, name: '新名字' } } : p)) };
    const changed = changedKeys(site, renamed);
    const ofP2 = site.cases.filter((c) => c.data.provider.id === 'p2').map((c) => c.id);
    for (const id of ofP2) for (const url of [caseUrl(id), ...pagesListing(site, id)]) expect(changed).toContain(url);
    expect(changed).toContain(providerUrl('p2'));
    // Every provider page shows the scale chart, which names every provider.
    expect(changed).toContain(providerUrl('p1'));
    expect(changed).toContain(providerIndexUrl());
    expect(changed.some((u) => u.startsWith(dataIndexUrl()))).toBe(false);
  });

  it('changing a dataset changes its pages, and the lists whose cards lead with its figure', () => {
    const datasets = new Map(site.datasets);
    const before = datasets.get(middle)!;
    datasets.set(middle, dataset(middle, [figure('gmv', site.cases.find((c) => c.id === middle)!.data.merchant!, 1)]));
    expect(before.entries[0]).not.toEqual(datasets.get(middle)!.entries[0]);
    const changed = changedKeys(site, { ...site, datasets });
    expect(changed).toEqual([...new Set([caseUrl(middle), ...pagesListing(site, middle).filter((u) => !/\/cases\/case-/.test(u)), datasetUrl(middle), datasetCsvUrl(middle), datasetJsonUrl(middle), dataIndexUrl()])].sort());
  });
});

describe('sitePages: handbook section share pages and source pages', () => {
  const site = makeSite();

  it('editing a chapter’s prose changes the chapter and the share pages of its sections, not the other chapter’s', () => {
    const edited = { ...site, chapters: site.chapters.map((c) => (c.id === 'one' ? { ...c, entry: { body: (c.entry.body ?? '').replace('第一段。', '改过的第一段。') } } : c)) };
    expect(changedKeys(site, edited)).toEqual([chapterUrl('one'), sectionShareUrl('one', 's1'), sectionShareUrl('one', 's2')].sort());
  });

  it('a section id moved away shows on its chapter only; a chapter gone gets its own forwarding page', () => {
    const link = { id: 'old', href: '/handbook/two/#s3', title: '方法三 · 二' };
    expect(changedKeys(site, { ...site, moved: { sections: new Map([['one', [link]]]), chapters: [] } })).toEqual([chapterUrl('one')]);
    expect(changedKeys(site, { ...site, moved: { sections: new Map(), chapters: [{ ...link, sections: [] }] } })).toEqual([chapterUrl('old')]);
  });

  it('renaming a section changes its share page, the facet of its cases and the case pages that link it', () => {
    const renamed = { ...site, chapters: site.chapters.map((c) => ({ ...c, sections: c.sections.map((s) => (s.id === 's3' ? { ...s, title: '新的方法三' } : s)) })) };
    // No case names s3: only its chapter and its share page show its title.
    expect(changedKeys(site, renamed)).toEqual([chapterUrl('two'), sectionShareUrl('two', 's3')].sort());
    const s1 = { ...site, chapters: site.chapters.map((c) => ({ ...c, sections: c.sections.map((s) => (s.id === 's1' ? { ...s, title: '新的方法一' } : s)) })) };
    const changed = changedKeys(site, s1);
    expect(changed).toContain(sectionShareUrl('one', 's1'));
    // /cases/ links service types, belts and providers, not practices.
    expect(changed).not.toContain(caseIndexUrl());
    expect(changed).toContain(caseFacetUrl('practice', 's1'));
    for (const c of site.cases.filter((c) => c.data.practices.includes('s1'))) expect(changed).toContain(caseUrl(c.id));
  });

  it('a source’s page changes with its own frontmatter and the pages that cite it', () => {
    const retitled = { ...site, sources: [{ id: 'doc', data: { title: '改名的文章' } }] };
    const changed = changedKeys(site, retitled);
    expect(changed).toContain(sourceUrl('doc'));
    // Every case page and dataset page credits the document by its title.
    for (const c of site.cases) expect(changed).toContain(caseUrl(c.id));
    expect(changed).toContain(datasetUrl(middleOf(site)));
    expect(changed).toContain(sourceIndexUrl());
    expect(changed).not.toContain(caseIndexUrl());
  });

  it('/sources/ lists every source newest first over pages, each keyed by the cards it shows', () => {
    const count = 2 * listSizes.sourcesPerPage + 1;
    const many = {
      ...site,
      sources: Array.from({ length: count }, (_, i) => ({ id: `doc-${i}`, data: { title: `文章${i}`, ...(i % 3 === 0 ? {} : { date: `20${10 + (i % 9)}-0${1 + (i % 9)}` }), ...(i % 5 === 0 ? { campaign: 'c' } : {}) } })),
      campaigns: new Map([['c', '某活动']]),
    };
    const { sourceIndex } = sitePages(many);
    expect(sourceIndex.map((p) => p.page.number)).toEqual([1, 2, 3]);
    expect(sourceIndex.flatMap((p) => p.page.items.map((r) => r.source.id))).toEqual([...many.sources].sort(sourceOrder).map((s) => s.id));
    expect(sourceIndex[0]!.page.items.find((r) => r.source.id === 'doc-5')?.campaign).toBe('某活动');
    const on = (id: string) => sourceIndex.find((p) => p.page.items.some((r) => r.source.id === id))!.page.number;
    // A document's new title shows on its page of /sources/ only; a new citing page changes its count.
    const retitled = { ...many, sources: many.sources.map((s) => (s.id === 'doc-7' ? { ...s, data: { ...s.data, title: '改名的文章' } } : s)) };
    expect(changedKeys(many, retitled)).toEqual([sourceIndexUrl(on('doc-7')), sourceUrl('doc-7')].sort());
    const cited = { ...many, sourceUsage: new Map([...many.sourceUsage, ['doc-7', [{ url: caseUrl(middleOf(site)), title: '某案例' }]]]) };
    expect(changedKeys(many, cited)).toEqual([sourceIndexUrl(on('doc-7')), sourceUrl('doc-7')].sort());
  });
});

const middleOf = (site: SiteContent<TestCase>) => site.cases[25]!.id;

describe('relatedCasesOfAll', () => {
  it('gives every case what relatedCases gives it', () => {
    // In editorial order, as both take them; some cases name a practice twice.
    const all = Array.from({ length: 40 }, (_, i) => ({ id: `c${(i * 7) % 40}`, provider: `p${i % 5}`, practices: [`x${i % 3}`, ...(i % 4 === 0 ? ['y'] : []), ...(i % 9 === 0 ? [`x${i % 3}`] : [])], order: i % 6 })).sort(
      (a, b) => a.order - b.order || a.id.localeCompare(b.id),
    );
    const found = relatedCasesOfAll(all);
    for (const c of all) expect(found.get(c.id), c.id).toEqual(relatedCases(c, all));
    const three = relatedCasesOfAll(all, 3);
    for (const c of all) expect(three.get(c.id), c.id).toEqual(relatedCases(c, all, 3));
    expect(relatedCasesOfAll([all[0]!]).get(all[0]!.id)).toEqual({ next: undefined, related: [] });
  });
});
