/**
 * A second article goes in without touching code or tests: the real content
 * plus the invented fixture article (tests/fixtures/article/, see its README)
 * built together in a temp copy. Its pages must exist and credit their own
 * article, and the site-wide pages must count and list it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject, type ProjectCheck } from '../../src/lib/check/checkProject.ts';
import { beltUrl, caseUrl, datasetCsvUrl, datasetJsonUrl, datasetUrl, homeUrl, platformUrl, providerUrl, sourceIndexUrl, sourceUrl } from '../../src/lib/urls.ts';
import { addFixtureArticle, fixtureArticleFiles } from '../support/fixtureArticle.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';
import { walkPagedList } from '../support/pagedList.ts';
import { listSizes } from '../../src/lib/lists/listSizes.ts';

/** Ids of what the fixture article adds, read from its file names. */
const added = (dir: string, ext: string) =>
  fixtureArticleFiles()
    .filter((f) => f.startsWith(`${dir}/`) && f.endsWith(ext))
    .map((f) => f.slice(dir.length + 1, -ext.length));
const [sourceId] = added('content/sources', '.mdx');
const [caseId] = added('content/cases', '.mdx');
const [providerId] = added('content/providers', '.mdx');
const [beltId] = added('content/belts', '.mdx');
const datasetIds = added('data', '.json');

let project: FixtureProject;
let check: ProjectCheck;
let build: { status: number | null; output: string };

const page = (urlPath: string): Document => {
  const file = join(project.dir, 'dist', urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
};
const file = (urlPath: string) => readFileSync(join(project.dir, 'dist', urlPath.replace(/^\//, '')), 'utf8');
const text = (doc: Document) => (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
/** Source pages a page credits in its 数据来源 block. */
const credited = (doc: Document) => [...doc.querySelectorAll('.sources .source-credits a')].map((a) => a.getAttribute('href')).filter((h) => h?.startsWith(sourceIndexUrl()));

describe('the real content plus a second article (tests/fixtures/article/)', () => {
  beforeAll(() => {
    project = fixtureProject();
    addFixtureArticle(project);
    check = checkProject(project.dir);
    build = project.build();
  }, 600_000);
  afterAll(() => project?.remove());

  it('adds one of each, and passes the check and the build', () => {
    expect([sourceId, caseId, providerId, beltId].every(Boolean)).toBe(true);
    expect(check.problems).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  it('builds a page for its case, provider, belt, source and datasets', () => {
    for (const path of [caseUrl(caseId!), providerUrl(providerId!), beltUrl(beltId!), sourceUrl(sourceId!), ...datasetIds.map(datasetUrl)])
      expect(existsSync(join(project.dir, 'dist', path, 'index.html')), path).toBe(true);
  });

  it('its case page credits its own article, and only it; its provider page credits it first', () => {
    expect(credited(page(caseUrl(caseId!)))).toEqual([sourceUrl(sourceId!)]);
    // The provider page also compares every provider's scale, so it credits those figures' articles too.
    expect(credited(page(providerUrl(providerId!)))[0]).toBe(sourceUrl(sourceId!));
  });

  it('shows the new units and bounds as the article writes them', () => {
    const shown = text(page(caseUrl(caseId!)));
    for (const words of ['近40间', '12万件', '超3000单', '约200万人次', '+35%']) expect(shown).toContain(words);
  });

  it('leaves out what the article does not give, instead of a placeholder', () => {
    const doc = page(providerUrl(providerId!));
    const name = check.content.providers.get(providerId!)!.data.name;
    expect(doc.querySelector('title')?.textContent).toMatch(new RegExp(`^${name} · `));
    const rows = [...doc.querySelectorAll('main table th[scope="row"]')].map((th) => th.textContent);
    expect(rows).toContain('产业带');
    expect(rows).not.toContain('全称');
    expect(rows).not.toContain('所在地');
  });

  it('counts it on the home page', () => {
    const providers = new Set([...check.content.cases.values()].map((c) => c.data.provider));
    const shown = text(page(homeUrl()));
    expect(shown).toContain(`${providers.size} 家服务商`);
    expect(shown).toContain(`${check.content.cases.size} 个案例`);
  });

  it('lists it on /sources/ and its platform prose and chart on /platform/, under its campaign', () => {
    expect(walkPagedList((n) => sourceIndexUrl(n), page, listSizes.sourcesPerPage).links).toContain(sourceUrl(sourceId!));
    const platform = page(platformUrl());
    const section = platform.querySelector(`#source-${sourceId}`);
    expect(section, 'a heading for the source').not.toBeNull();
    expect(platform.querySelector(`#campaign-${check.content.sources.get(sourceId!)!.data.campaign}`)).not.toBeNull();
    const source = page(sourceUrl(sourceId!));
    expect([...source.querySelectorAll('section[aria-labelledby="pages"] a')].map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining([caseUrl(caseId!), providerUrl(providerId!), platformUrl()]));
    expect(source.querySelector(`a[href="${check.content.sources.get(sourceId!)!.data.url}"]`)).not.toBeNull();
  });

  it('names its source in the CSV and JSON of its datasets', () => {
    const title = check.content.sources.get(sourceId!)!.data.title;
    for (const id of datasetIds) {
      const rows = file(datasetCsvUrl(id)).trim().split('\r\n').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row, `${id}.csv`).toContain(`,${sourceId},${title}`);
      const json = JSON.parse(file(datasetJsonUrl(id))) as { sources: Record<string, { title: string; url?: string }> };
      expect(Object.keys(json.sources)).toEqual([sourceId]);
      expect(json.sources[sourceId!]!.title).toBe(title);
    }
  });

  it('puts its provider on the provider-scale chart, computed from every provider’s merchants figure', () => {
    const charts = [...page(providerUrl(providerId!)).querySelectorAll('figure[data-chart-type="providerScale"]')];
    expect(charts).toHaveLength(1);
    expect(charts[0]!.textContent).toContain(check.content.providers.get(providerId!)!.data.name);
  });
});
