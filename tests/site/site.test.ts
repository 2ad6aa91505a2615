import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, distDir, loadPage, mainText, readPage, requireBuiltSite } from '../support/dist.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { readVocabularies } from '../../src/lib/check/readVocabularies.ts';
import { findFigureDirectives } from '../../src/lib/content/findFigureDirectives.ts';
import { lookupRef } from '../../src/lib/content/datasetIndex.ts';
import { formatFigure } from '../../src/lib/format/formatFigure.ts';
import { sourcesOfDatasets } from '../../src/lib/content/sourcesOfDatasets.ts';
import {
  beltIndexUrl,
  beltUrl,
  caseIndexUrl,
  caseUrl,
  chapterUrl,
  chartImageFolder,
  chartImageUrl,
  dataIndexUrl,
  datasetCsvUrl,
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
  sourceIndexUrl,
  sourceUrl,
  staticFileUrl,
} from '../../src/lib/urls.ts';
import { root } from '../support/root.ts';
import { walkPagedList } from '../support/pagedList.ts';
import { listSizes } from '../../src/lib/lists/listSizes.ts';

requireBuiltSite();

// Whatever content/ and data/ hold today: every expectation below is a rule
// over it, so that an editor who adds a valid case never touches this file.
const { content } = checkProject(root);
const campaigns = new Map(readVocabularies(root).vocabularies.campaigns.map((c) => [c.id, c.name]));
const caseSlugs = [...content.cases.keys()];
const providerIds = [...content.providers.keys()];
const documentPages = [...caseSlugs.map(caseUrl), ...providerIds.map(providerUrl)];
/** The page of a case or provider, and its MDX body. */
const documents = [
  ...[...content.cases.values()].map((d) => ({ url: caseUrl(d.id), body: d.body })),
  ...[...content.providers.values()].map((d) => ({ url: providerUrl(d.id), body: d.body })),
  ...[...content.sources.values()].map((d) => ({ url: platformUrl(), body: d.body })),
];

/** Dataset ids a page lists under 数据来源. */
const listedDatasets = (doc: Document) =>
  [...doc.querySelectorAll('.sources h3 a')].map((a) => new RegExp(`^${dataIndexUrl()}([^/]+)/$`).exec(a.getAttribute('href') ?? '')?.[1]).filter((id): id is string => id !== undefined);

describe('the built site', () => {
  it('has a page for every case, provider, belt, source and dataset, and the index pages', () => {
    const pages = allPages();
    expect(caseSlugs.length).toBeGreaterThan(0);
    for (const slug of caseSlugs) expect(pages).toContain(caseUrl(slug));
    for (const path of [homeUrl(), caseIndexUrl(), providerIndexUrl(), beltIndexUrl(), platformUrl(), searchUrl(), dataIndexUrl(), sourceIndexUrl()]) expect(pages).toContain(path);
    for (const id of providerIds) expect(pages).toContain(providerUrl(id));
    for (const id of content.belts.keys()) expect(pages).toContain(beltUrl(id));
    for (const id of content.sources.keys()) expect(pages).toContain(sourceUrl(id));
    for (const id of content.datasets.keys()) expect(pages).toContain(datasetUrl(id));
  });

  it.each(documents.filter((d) => findFigureDirectives(d.body).length > 0).map((d) => [d.url, d.body] as const))(
    '%s shows every figure its prose cites, as the site writes it, linked to its dataset row',
    (path, body) => {
      const doc = loadPage(path);
      for (const directive of findFigureDirectives(body).filter((d) => d.name === 'fig')) {
        const found = lookupRef(content.datasets, 'fig', directive.ref);
        if ('error' in found) throw new Error(found.error);
        const link = doc.querySelector(`main a.fig[data-figure="${directive.ref}"]`);
        expect(link?.textContent, `${path} :fig[${directive.ref}]`).toBe(formatFigure(found.entry));
        expect(link?.getAttribute('href')).toBe(datasetRowUrl(found.dataset.id, found.entry.id));
      }
    },
  );

  it.each(caseSlugs)('case %s: title, chips, tiles or a chart with a name, and quoted sources, with no script but the glossary’s', (slug) => {
    const doc = loadPage(caseUrl(slug));
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(content.cases.get(slug)!.data.title);
    expect(doc.querySelector(`a.chip[href^="${providerIndexUrl()}"]`)).not.toBeNull();
    expect(doc.querySelector(`a.chip[href^="${beltIndexUrl()}"]`)).not.toBeNull();
    const campaign = content.cases.get(slug)!.data.campaign;
    const chips = [...doc.querySelectorAll('.chips .chip')].map((c) => c.textContent ?? '');
    if (campaign) expect(chips, 'names its campaign').toContain(`活动${campaigns.get(campaign)}`);
    else expect(chips.some((c) => c.startsWith('活动'))).toBe(false);
    // A chart is what Chart.astro renders from a chart builder: an SVG, or the tiles chart's list.
    // A case has as many as its frontmatter asks for, none included.
    const charts = [...doc.querySelectorAll('main figure.bc-chart')];
    expect(charts.length).toBe(content.cases.get(slug)!.data.charts.length);
    expect(charts.length > 0, 'a 数据图表 section exactly when there are charts').toBe(doc.querySelector('#charts') !== null);
    for (const chart of charts) expect(chart.querySelector('.bc-chart__body > svg, .bc-chart__body > ul.bc-tiles > li.bc-tile'), `chart ${chart.id} draws something`).not.toBeNull();
    const svgs = [...doc.querySelectorAll('main figure svg')];
    for (const svg of svgs) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector('title')?.textContent;
      expect(named, 'every chart svg has an accessible name').toBeTruthy();
    }
    const quotes = [...doc.querySelectorAll('.sources blockquote')].map((q) => q.textContent ?? '');
    expect(quotes.some((q) => q.startsWith('原文：“'))).toBe(true);
    // Scripts are optional: the glossary's popover (classic, deferred) and the module that draws a chart's image to save.
    for (const script of doc.querySelectorAll('script')) {
      const src = script.getAttribute('src') ?? '';
      if (src === staticFileUrl('scripts/glossary.js')) expect(script.hasAttribute('defer')).toBe(true);
      else {
        expect(script.getAttribute('type')).toBe('module');
        expect(src, 'an external file (the CSP allows no inline script)').toMatch(/^\/_astro\/.+\.js$/);
      }
    }
  });

  it.each(documentPages)('%s lists, under 数据来源, the dataset of every figure it shows, and credits their source documents', (path) => {
    const doc = loadPage(path);
    const listed = listedDatasets(doc);
    const shown = [...doc.querySelectorAll(`main a.fig[data-figure], main a[href^="${dataIndexUrl()}"][href*="/#"]`)]
      .map((a) => new RegExp(`^${dataIndexUrl()}([^/]+)/`).exec(a.getAttribute('href') ?? '')?.[1])
      .filter((id): id is string => id !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(listed, `${path} shows a figure of ${id}`).toContain(id);
    const credited = [...doc.querySelectorAll('.sources .source-credits a')].map((a) => a.getAttribute('href'));
    const expected = sourcesOfDatasets(listed, content.datasets).map(sourceUrl);
    expect(expected.length).toBeGreaterThan(0);
    expect(credited.filter((href) => href?.startsWith(sourceIndexUrl()))).toEqual(expected);
  });

  it('a dataset page names every page that lists it under 数据来源', () => {
    for (const path of documentPages) {
      for (const id of listedDatasets(loadPage(path))) {
        const links = [...loadPage(datasetUrl(id)).querySelectorAll('section[aria-labelledby="used-by"] a')].map((a) => a.getAttribute('href'));
        expect(links, `${datasetUrl(id)} names ${path}`).toContain(path);
      }
    }
  });

  it('a dataset page, its CSV and its JSON name the source document of every quoted row', () => {
    for (const dataset of content.datasets.values()) {
      const quoted = [...dataset.entries.flatMap((e) => (e.kind === 'stated' ? [{ id: e.id, document: e.source.document }] : [])), ...dataset.data.milestones.map((m) => ({ id: m.id, document: m.source.document }))];
      const doc = loadPage(datasetUrl(dataset.id));
      const csv = readPage(datasetCsvUrl(dataset.id)).split('\r\n');
      const json = JSON.parse(readPage(datasetCsvUrl(dataset.id).replace(/\.csv$/, '.json'))) as { sources: Record<string, { title: string }>; entries: { id: string; source?: { title?: string } }[] };
      for (const { id, document } of quoted) {
        const title = content.sources.get(document)!.data.title;
        expect(doc.querySelector(`tr[id="${id}"] .bc-dataset__document a`)?.getAttribute('href'), `${dataset.id}/${id}`).toBe(sourceUrl(document));
        expect(csv.find((line) => line.startsWith(`${id},`)), `${dataset.id}.csv ${id}`).toContain(`,${document},`);
        expect(json.sources[document]?.title).toBe(title);
      }
      for (const entry of json.entries) if (entry.source) expect(entry.source.title).toBeTruthy();
    }
  });

  it('marks derived values with their formula on their dataset page', () => {
    for (const dataset of content.datasets.values()) {
      const text = mainText(loadPage(datasetUrl(dataset.id)));
      for (const entry of dataset.entries) if (entry.kind === 'derived') expect(text, `${dataset.id}/${entry.id}`).toContain(entry.formulaText);
    }
  });

  it('says on the home page how many providers and cases it holds, counted from the content', () => {
    const text = mainText(loadPage(homeUrl()));
    const providersWithCases = new Set([...content.cases.values()].map((c) => c.data.provider));
    expect(text).toContain(`${providersWithCases.size} 家服务商`);
    expect(text).toContain(`${content.cases.size} 个案例`);
  });

  it('credits the site, not one article, in every page footer; /sources/ lists every source', () => {
    const titles = [...content.sources.values()].map((s) => s.data.title);
    for (const path of [homeUrl(), ...documentPages, platformUrl()]) {
      const footer = loadPage(path).querySelector('footer')!;
      expect(footer.querySelector(`a[href="${sourceIndexUrl()}"]`), path).not.toBeNull();
      for (const title of titles) expect(footer.textContent, path).not.toContain(title);
    }
    const listed = walkPagedList((n) => sourceIndexUrl(n), loadPage, listSizes.sourcesPerPage).links;
    expect(listed.sort()).toEqual([...content.sources.keys()].map(sourceUrl).sort());
  });

  it('a source page names every case whose figures come from it', () => {
    for (const source of content.sources.values()) {
      const links = [...loadPage(sourceUrl(source.id)).querySelectorAll('section[aria-labelledby="pages"] a')].map((a) => a.getAttribute('href'));
      for (const c of content.cases.values()) {
        const dataset = content.datasets.get(c.data.dataset)!;
        if (sourcesOfDatasets([dataset.id], content.datasets).includes(source.id)) expect(links, `${sourceUrl(source.id)} names ${c.id}`).toContain(caseUrl(c.id));
      }
    }
  });

  it('every handbook chapter credits the articles of the figures its prose cites', () => {
    for (const chapter of readHandbook(root).chapters) {
      const datasets = [...new Set(findFigureDirectives(chapter.body).map((d) => d.ref.split('/')[0]!))];
      const expected = sourcesOfDatasets(datasets, content.datasets).map(sourceUrl);
      const credited = [...loadPage(chapterUrl(chapter.id)).querySelectorAll('.source-credits a')].map((a) => a.getAttribute('href')).filter((h) => h?.startsWith(sourceIndexUrl()));
      expect(credited, chapter.file).toEqual(expected);
    }
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

describe('caching', () => {
  it('caches for a year only folders whose every file name carries a hash of its content', async () => {
    const { contentHashedFolders } = await import('../../src/lib/security/contentSecurityPolicy.ts');
    const headers = readPage('/_headers');
    const hashed: Record<(typeof contentHashedFolders)[number], RegExp> = { _astro: /\.[A-Za-z0-9_-]{8}\.(css|js)$/, charts: /^[0-9a-f]{16}\.(png|svg)$/ };
    for (const folder of contentHashedFolders) {
      expect(headers).toContain(`${staticFileUrl(folder)}/*\n  Cache-Control: public, max-age=31536000, immutable`);
      const files = readdirSync(join(distDir, folder));
      expect(files.length, folder).toBeGreaterThan(0);
      for (const file of files) expect(file, `${folder}/${file}`).toMatch(hashed[folder]);
    }
    expect(headers.match(/Cache-Control/g)).toHaveLength(contentHashedFolders.length);
  });
});

describe('link previews in chat apps', () => {
  it.each([homeUrl(), caseUrl(caseSlugs[0]!), handbookUrl(), providerUrl(providerIds[0]!), glossaryUrl()])('%s has a title, a description and a 1200×630 card image that exists', async (path) => {
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
    const doc = loadPage(caseUrl(caseSlugs[0]!));
    expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(doc.querySelector('h1')?.textContent?.trim());
  });

  it('the 404 page is not indexed and has no card', () => {
    const html = readPage('/404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('og:image');
    expect(html).not.toContain('rel="canonical"');
  });
});
