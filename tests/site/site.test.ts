import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { allPages, distDir, loadPage, mainText, readPage, requireBuiltSite } from '../support/dist.ts';
import { expectedCaseSlugs, expectedProviderIds } from '../support/expectedContent.ts';
import {
  beltIndexUrl,
  beltUrl,
  caseIndexUrl,
  caseUrl,
  chartImageFolder,
  chartImageUrl,
  dataIndexUrl,
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
} from '../../src/lib/urls.ts';

requireBuiltSite();

const caseSlugs = expectedCaseSlugs;

/**
 * Every figure DESIGN.md lists from the source article, and the page about
 * its subject where a reader must find it, as the site writes it.
 */
const figuresByPage: Record<string, string[]> = {
  [platformUrl()]: ['2022年8月6日–18日', '3180万小时', '832亿次', '约5.4万亿元', '7%', '20%', '2021年7月', '2020年10月底'],
  [providerUrl('gougoushou')]: ['2013年', '2022年5月', '165家'],
  [caseUrl('gougoushou-guirenniao')]: ['+126%', '2~3款', '超1.5万人'],
  [caseUrl('gougoushou-guxing')]: ['安踏'],
  [providerUrl('lexu')]: ['2022年1月', '超30个', '超100人'],
  [caseUrl('lexu-818')]: ['7月25日', '8月23日', '30天', '+40.15%', '+61.23%', '超1450万元', '+73%', '2倍'],
  [caseUrl('lexu-kadanlu')]: ['4.4分', '4.58分', '4.6分', '60小时', '超100万元'],
  [caseUrl('lexu-wanzishushu')]: ['前10'],
  [providerUrl('tianxun')]: ['超50人', '超1300家'],
  [caseUrl('tianxun-818')]: ['+66%'],
  [caseUrl('tianxun-haoshu')]: ['7个', '50~100款', '1亿元'],
  [providerUrl('xiakehui')]: ['超700家', '2.5亿元', '转转集团'],
  [caseUrl('xiakehui-818')]: ['1.8亿元', '2.5倍'],
  [caseUrl('xiakehui-xuejiejie')]: ['7月22日', '超100万元', '25万元', '超4万人'],
  [caseUrl('xiakehui-hongyuan')]: ['超100万元', 'ThinkPad'],
};

describe('the built site', () => {
  it('has a page for every case, provider, belt and the index pages', () => {
    const pages = allPages();
    for (const slug of caseSlugs) expect(pages).toContain(caseUrl(slug));
    for (const path of [homeUrl(), caseIndexUrl(), providerIndexUrl(), beltIndexUrl(), platformUrl(), searchUrl(), dataIndexUrl()]) expect(pages).toContain(path);
    for (const id of expectedProviderIds) expect(pages).toContain(providerUrl(id));
    for (const id of ['quanzhou', 'jinjiang', 'huzhou-zhili', 'shenzhen-huaqiangbei', 'zhejiang-apparel']) expect(pages).toContain(beltUrl(id));
  });

  it.each(Object.entries(figuresByPage))('%s shows its figures from the source article', (path, figures) => {
    const text = mainText(loadPage(path));
    for (const figure of figures) expect(text, `${path} should show ${figure}`).toContain(figure);
  });

  it.each(caseSlugs)('case %s: title, chips, tiles, a chart with a name, and quoted sources, with no script', (slug) => {
    const doc = loadPage(caseUrl(slug));
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('h1')?.textContent?.trim()).toBeTruthy();
    expect(doc.querySelector(`a.chip[href^="${providerIndexUrl()}"]`)).not.toBeNull();
    expect(doc.querySelector(`a.chip[href^="${beltIndexUrl()}"]`)).not.toBeNull();
    // A chart is what Chart.astro renders from a chart builder: an SVG, or the tiles chart's list.
    // (The key-figure tiles every case shows are not a chart.)
    const charts = [...doc.querySelectorAll('main figure.bc-chart')];
    expect(charts.length, 'at least one chart').toBeGreaterThan(0);
    for (const chart of charts) expect(chart.querySelector('.bc-chart__body > svg, .bc-chart__body > ul.bc-tiles > li.bc-tile'), `chart ${chart.id} draws something`).not.toBeNull();
    const svgs = [...doc.querySelectorAll('main figure svg')];
    for (const svg of svgs) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector('title')?.textContent;
      expect(named, 'every chart svg has an accessible name').toBeTruthy();
    }
    const quotes = [...doc.querySelectorAll('.sources blockquote')].map((q) => q.textContent ?? '');
    expect(quotes.some((q) => q.startsWith('原文：“'))).toBe(true);
    expect(doc.querySelectorAll('script').length, 'case pages load no script').toBe(0);
  });

  it('lets a reader browse cases by service type and by belt', () => {
    const doc = loadPage(caseIndexUrl());
    for (const id of ['by-service', 'by-belt']) {
      const links = [...doc.querySelectorAll(`section[aria-labelledby="${id}"] dd a`)].map((a) => a.getAttribute('href'));
      for (const slug of caseSlugs) expect(links, `${id} lists ${slug}`).toContain(caseUrl(slug));
    }
    const terms = [...doc.querySelectorAll('section[aria-labelledby="by-service"] dt')].map((dt) => dt.textContent);
    expect(terms).toContain('供应链组货');
  });

  it('renders figures in prose from datasets, linked to their dataset rows', () => {
    const doc = loadPage(caseUrl('lexu-818'));
    const figs = [...doc.querySelectorAll('main a.fig[data-figure]')];
    expect(figs.length).toBeGreaterThan(2);
    const one = figs.find((a) => a.getAttribute('data-figure') === 'lexu-818/gmv-vs-july');
    expect(one?.textContent).toBe('+40.15%');
    expect(one?.getAttribute('href')).toBe(datasetRowUrl('lexu-818', 'gmv-vs-july'));
  });

  it.each([...caseSlugs.map(caseUrl), ...expectedProviderIds.map(providerUrl)])(
    '%s lists, under 数据来源, the dataset of every figure it shows',
    (path) => {
      const doc = loadPage(path);
      const listed = new Set([...doc.querySelectorAll('.sources h3 a')].map((a) => a.getAttribute('href')));
      const shown = [...doc.querySelectorAll(`main a.fig[data-figure], main a[href^="${dataIndexUrl()}"][href*="/#"]`)]
        .map((a) => new RegExp(`^${dataIndexUrl()}([^/]+)/`).exec(a.getAttribute('href') ?? '')?.[1])
        .filter((id): id is string => id !== undefined);
      expect(shown.length).toBeGreaterThan(0);
      for (const id of shown) expect(listed, `${path} shows a figure of ${id}`).toContain(datasetUrl(id));
    },
  );

  it('a dataset page names every page that charts it', () => {
    const links = [...loadPage(datasetUrl('xiakehui')).querySelectorAll(`main a[href^="${providerIndexUrl()}"]`)].map((a) => a.getAttribute('href'));
    // Every provider page compares providers' scale, which draws on 侠客汇's dataset.
    for (const id of expectedProviderIds) expect(links).toContain(providerUrl(id));
  });

  it('marks derived values with their formula', () => {
    const text = mainText(loadPage(caseUrl('lexu-818')));
    expect(text).toContain('推算');
    expect(text).toContain('7月指数 = 100 × (1 + 61.23%) ÷ (1 + 40.15%)');
  });

  it('serves an RSS feed and a sitemap listing every case', () => {
    const rss = readPage(rssUrl());
    const sitemap = readPage('/sitemap-0.xml');
    for (const slug of caseSlugs) {
      expect(rss).toContain(caseUrl(slug));
      expect(sitemap).toContain(caseUrl(slug));
    }
  });
});

describe('security headers', () => {
  it('ships the strict CSP the browser tests enforce, with no unsafe-inline', async () => {
    const { contentSecurityPolicy } = await import('../../src/lib/security/contentSecurityPolicy.ts');
    const headers = readPage('/_headers');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}`);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  });
});

describe('link previews in chat apps', () => {
  it.each([homeUrl(), caseUrl('lexu-818'), handbookUrl(), providerUrl('xiakehui'), glossaryUrl()])('%s has a title, a description and a 1200×630 card image that exists', async (path) => {
    const { pngSize } = await import('../../src/lib/png/chartPng.ts');
    const doc = loadPage(path);
    const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:title')).not.toBe('');
    expect(meta('og:description').length).toBeGreaterThan(10);
    const image = new URL(meta('og:image'));
    const hash = /([0-9a-f]{16})\.png$/.exec(image.pathname)?.[1] ?? '(no hash)';
    expect(image.pathname).toBe(chartImageUrl(hash));
    expect(pngSize(join(distDir, chartImageFolder, `${hash}.png`))).toEqual({ width: 1200, height: 630 });
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('a case card carries its lead figure', () => {
    // The card's text is in the HTML too: the PNG is drawn from the same words.
    const doc = loadPage(caseUrl('lexu-818'));
    expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(doc.querySelector('h1')?.textContent?.trim());
  });

  it('the 404 page is not indexed and has no card', () => {
    const html = readPage('/404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('og:image');
    expect(html).not.toContain('rel="canonical"');
  });
});
