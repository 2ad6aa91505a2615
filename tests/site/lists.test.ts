import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOfUrlPath, loadPage, readPage, requireBuiltSite } from '../support/dist.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';
import { walkPagedList } from '../support/pagedList.ts';
import { root } from '../support/root.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { listSizes } from '../../src/lib/lists/listSizes.ts';
import { editorialOrder, latestFirst } from '../../src/lib/lists/caseOrder.ts';
import { sourceOrder } from '../../src/lib/lists/sourceOrder.ts';
import { beltUrl, caseFacetUrl, caseIndexUrl, caseUrl, dataIndexUrl, datasetUrl, homeUrl, providerIndexUrl, providerUrl, rssUrl, sourceIndexUrl, sourceUrl, type CaseFacet } from '../../src/lib/urls.ts';

requireBuiltSite();

const { content } = checkProject(root);
const cases = [...content.cases.values()];

describe('lists that grow with the content', () => {
  it('/cases/ shows every case once, in editorial order, over pages linked without JavaScript', () => {
    const { links, pages } = walkPagedList((n) => caseIndexUrl(n), loadPage, listSizes.casesPerPage);
    expect(links).toEqual([...cases].sort(editorialOrder).map((c) => caseUrl(c.id)));
    expect(pages).toBe(Math.max(1, Math.ceil(cases.length / listSizes.casesPerPage)));
  });

  it('/sources/ shows every source document once, newest first, over pages linked without JavaScript', () => {
    const { links, pages } = walkPagedList((n) => sourceIndexUrl(n), loadPage, listSizes.sourcesPerPage);
    expect(links).toEqual([...content.sources.values()].sort(sourceOrder).map((s) => sourceUrl(s.id)));
    expect(pages).toBe(Math.max(1, Math.ceil(content.sources.size / listSizes.sourcesPerPage)));
  });

  it('/providers/ and /data/ show every provider and every dataset once, by id, over pages linked without JavaScript', () => {
    const byId = (ids: Iterable<string>) => [...ids].sort((a, b) => a.localeCompare(b));
    const providers = walkPagedList((n) => providerIndexUrl(n), loadPage, listSizes.providersPerPage);
    expect(providers.links).toEqual(byId(content.providers.keys()).map(providerUrl));
    expect(providers.pages).toBe(Math.max(1, Math.ceil(content.providers.size / listSizes.providersPerPage)));
    const datasets = walkPagedList((n) => dataIndexUrl(n), loadPage, listSizes.datasetsPerPage, 'main table tbody th[scope="row"] a');
    expect(datasets.links).toEqual(byId(content.datasets.keys()).map(datasetUrl));
    expect(datasets.pages).toBe(Math.max(1, Math.ceil(content.datasets.size / listSizes.datasetsPerPage)));
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
      expect(walkPagedList((n) => caseFacetUrl(facet, id, n), loadPage, listSizes.casesPerPage).links, `${facet} ${id}`).toEqual(expected);
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

/** Invented source documents (test data, cited by nothing), dated to the year, month or day, or undated. */
function writeInventedSources(project: FixtureProject, count: number): void {
  const stems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
  const name = (k: number) => [...String(k)].map((d) => stems[Number(d)]).join('');
  for (let k = 0; k < count; k++) {
    const id = `test-paging-source-${k}`;
    const year = 2000 + (k % 7);
    const date = [undefined, `${year}`, `${year}-0${1 + (k % 9)}`, `${year}-0${1 + (k % 9)}-1${k % 10}`][k % 4];
    project.write(`content/sources/${id}.txt`, '这是为测试资料来源分页编造的文章，不是事实。\n');
    project.write(`content/sources/${id}.mdx`, `---\ntitle: 测试分页用的编造文章${name(k)}\n${date ? `date: "${date}"\n` : ''}---\n`);
  }
}

describe('/sources/ with more source documents than fit on one page (real content plus invented ones)', () => {
  let project: FixtureProject;
  let build: { status: number | null; output: string };
  let sources: ReturnType<typeof checkProject>['content']['sources'];
  const dist = () => join(project.dir, 'dist');
  const load = (url: string) => parseHTML(readFileSync(fileOfUrlPath(url, dist())!, 'utf8')).document as unknown as Document;

  beforeAll(() => {
    project = fixtureProject();
    writeInventedSources(project, 2 * listSizes.sourcesPerPage + 1);
    sources = checkProject(project.dir).content.sources;
    build = project.build();
  }, 600_000);
  afterAll(() => project?.remove());

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('lists every source document once, newest first, over pages linked without JavaScript; /sources/ is page 1', () => {
    const { links, pages } = walkPagedList((n) => sourceIndexUrl(n), load, listSizes.sourcesPerPage);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBe(Math.ceil(sources.size / listSizes.sourcesPerPage));
    expect(links).toEqual([...sources.values()].sort(sourceOrder).map((s) => sourceUrl(s.id)));
    expect(new Set(links).size).toBe(links.length);
    expect(existsSync(fileOfUrlPath(sourceIndexUrl(pages + 1), dist())!), 'no page after the last').toBe(false);
    expect(load(sourceIndexUrl(2)).querySelector('h1')?.textContent).toContain('第2页');
  });
});
