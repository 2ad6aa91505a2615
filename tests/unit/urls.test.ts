import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  beltIndexUrl,
  beltUrl,
  caseIndexUrl,
  caseFacetUrl,
  caseUrl,
  chapterUrl,
  chartImageFolder,
  chartImageUrl,
  dataIndexUrl,
  datasetCsvUrl,
  datasetJsonUrl,
  datasetRowUrl,
  datasetUrl,
  glossaryUrl,
  handbookUrl,
  homeUrl,
  platformUrl,
  providerIndexUrl,
  providerUrl,
  rssUrl,
  searchUrl,
  sectionUrl,
  sitemapUrl,
  sourceIndexUrl,
  sourceUrl,
  staticFileUrl,
  termUrl,
} from '../../src/lib/urls.ts';
import { figureHref } from '../../src/lib/content/datasetIndex.ts';

// The URL contract of DESIGN.md, written out: links that readers and
// providers have shared must keep working, so these strings change only on
// purpose. Everything else (pages, builders, other tests) calls the functions.
describe('the URL contract', () => {
  it.each([
    ['home', homeUrl(), '/'],
    ['case index', caseIndexUrl(), '/cases/'],
    ['case index, page 1', caseIndexUrl(1), '/cases/'],
    ['case index, page 2', caseIndexUrl(2), '/cases/page/2/'],
    ['cases of a belt', caseFacetUrl('belt', 'quanzhou'), '/cases/belt/quanzhou/'],
    ['cases of a service type, page 3', caseFacetUrl('service', '陪跑伴教', 3), '/cases/service/陪跑伴教/page/3/'],
    ['cases of a provider', caseFacetUrl('provider', 'lexu'), '/cases/provider/lexu/'],
    ['cases of a practice', caseFacetUrl('practice', 'test-products'), '/cases/practice/test-products/'],
    ['provider index, page 2', providerIndexUrl(2), '/providers/page/2/'],
    ['data index, page 2', dataIndexUrl(2), '/data/page/2/'],
    ['a case', caseUrl('gougoushou-guirenniao'), '/cases/gougoushou-guirenniao/'],
    ['provider index', providerIndexUrl(), '/providers/'],
    ['a provider', providerUrl('lexu'), '/providers/lexu/'],
    ['belt index', beltIndexUrl(), '/belts/'],
    ['a belt', beltUrl('huzhou-zhili'), '/belts/huzhou-zhili/'],
    ['handbook', handbookUrl(), '/handbook/'],
    ['a chapter', chapterUrl('before-campaign'), '/handbook/before-campaign/'],
    ['a section', sectionUrl('before-campaign', 'test-products'), '/handbook/before-campaign/#test-products'],
    ['glossary', glossaryUrl(), '/glossary/'],
    ['a term', termUrl('gmv'), '/glossary/#gmv'],
    ['data index', dataIndexUrl(), '/data/'],
    ['a dataset page', datasetUrl('lexu-818'), '/data/lexu-818/'],
    ['a dataset as CSV', datasetCsvUrl('lexu-818'), '/data/lexu-818.csv'],
    ['a dataset as JSON', datasetJsonUrl('lexu-818'), '/data/lexu-818.json'],
    ['a dataset row', datasetRowUrl('lexu-818', 'gmv-vs-july'), '/data/lexu-818/#gmv-vs-july'],
    ['platform', platformUrl(), '/platform/'],
    ['a platform heading', platformUrl('campaign-x'), '/platform/#campaign-x'],
    ['source index', sourceIndexUrl(), '/sources/'],
    ['source index, page 1', sourceIndexUrl(1), '/sources/'],
    ['source index, page 2', sourceIndexUrl(2), '/sources/page/2/'],
    ['a source', sourceUrl('some-report-2024'), '/sources/some-report-2024/'],
    ['search', searchUrl(), '/search/'],
    ['feed', rssUrl(), '/rss.xml'],
    ['sitemap', sitemapUrl(), '/sitemap-index.xml'],
    ['a chart image', chartImageUrl('0123456789abcdef'), '/charts/0123456789abcdef.png'],
    ['a static file', staticFileUrl('scripts/handbook.js'), '/scripts/handbook.js'],
  ])('%s: %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('keeps chart images in the folder their URLs name', () => {
    expect(chartImageUrl('0123456789abcdef').startsWith(`/${chartImageFolder}/`)).toBe(true);
  });
});

describe('searchUrl', () => {
  it('carries a query, encoded, as ?q= for the search page to run', () => {
    expect(searchUrl('测款')).toBe('/search/?q=%E6%B5%8B%E6%AC%BE');
    expect(searchUrl('a&b c')).toBe('/search/?q=a%26b%20c');
  });
});

describe('absoluteUrl', () => {
  it('puts a path on the site origin', () => {
    expect(absoluteUrl(sectionUrl('stay-close', 'score-recovery'), 'https://belt-casebook.example')).toBe(
      'https://belt-casebook.example/handbook/stay-close/#score-recovery',
    );
    expect(absoluteUrl(homeUrl(), new URL('http://127.0.0.1:4321/'))).toBe('http://127.0.0.1:4321/');
  });
});

describe('the dataset row link', () => {
  it('is the same whether a page starts from a reference or from ids', () => {
    expect(figureHref('lexu-818/gmv-vs-july')).toBe(datasetRowUrl('lexu-818', 'gmv-vs-july'));
  });

  it('falls back to the data index for a reference that names no entry', () => {
    expect(figureHref('not a reference')).toBe(dataIndexUrl());
  });
});
