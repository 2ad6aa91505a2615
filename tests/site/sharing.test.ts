/**
 * Sharing and finding, in the built site: section share pages, posters,
 * robots.txt, the feed's dates, the search box on every page and what the
 * search index takes from a page. Rules over whatever content exists.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, distDir, fileOfUrlPath, loadPage, requireBuiltSite } from '../support/dist.ts';
import { root } from '../support/root.ts';
import { svgHasQrCodeOf } from '../support/qr.ts';
import { posterSize } from '../../src/lib/share/posterSvg.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { caseUrl, chapterUrl, chartImageFolder, searchUrl, sectionShareUrl, sectionUrl, sitemapUrl } from '../../src/lib/urls.ts';
import { searchTypeKey, searchTypes } from '../../src/lib/search/searchType.ts';

requireBuiltSite();

const chapters = readHandbook(root).chapters;
const content = checkProject(root).content;
const sitemapText = () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => readFileSync(fileOfUrlPath(new URL(m[1]!).pathname)!, 'utf8')).join('\n');
};

describe('a handbook section’s share page', () => {
  const sections = chapters.flatMap((c) => c.sections.map((s) => ({ chapter: c, section: s })));

  it.each(sections.map((x) => [`${x.chapter.id}#${x.section.id}`, x] as const))('%s has its own card and forwards to the section', (_, { chapter, section }) => {
    const doc = loadPage(sectionShareUrl(chapter.id, section.id));
    const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:title')).toContain(section.title);
    expect(meta('og:description').length).toBeGreaterThan(10);
    const image = fileOfUrlPath(new URL(meta('og:image')).pathname);
    expect(image && existsSync(image), meta('og:image')).toBe(true);
    // The chapter's card is another image: the section has its own.
    const chapterImage = loadPage(chapterUrl(chapter.id)).querySelector('meta[property="og:image"]')!.getAttribute('content');
    expect(meta('og:image')).not.toBe(chapterImage);
    expect(new URL(meta('og:url')).pathname).toBe(sectionShareUrl(chapter.id, section.id));
    // The section's fragment address stays the canonical one for readers: a meta refresh and a plain link lead there.
    expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${sectionUrl(chapter.id, section.id)}`);
    expect([...doc.querySelectorAll('main a')].some((a) => a.getAttribute('href') === sectionUrl(chapter.id, section.id))).toBe(true);
    expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(chapterUrl(chapter.id));
  });

  it('is what a section’s 复制链接 and 分享 share, and what its printed QR code holds', () => {
    for (const chapter of chapters) {
      const doc = loadPage(chapterUrl(chapter.id));
      for (const section of chapter.sections) {
        const block = doc.querySelector(`section[data-section="${section.id}"]`)!;
        const copy = block.querySelector('[data-hb-copy]')!;
        expect(copy.getAttribute('href')).toBe(sectionUrl(chapter.id, section.id));
        expect(copy.getAttribute('data-hb-share-url')).toBe(sectionShareUrl(chapter.id, section.id));
        const printed = block.querySelector('.hb-qr--section .hb-qr__url')!.textContent!;
        expect(new URL(printed).pathname).toBe(sectionShareUrl(chapter.id, section.id));
        expect(block.querySelector('.hb-qr--section svg')!.getAttribute('aria-label')).toContain(printed);
      }
    }
  });

  it('stays out of the sitemap and the search index', () => {
    const sitemap = sitemapText();
    const [chapter] = chapters;
    expect(sitemap).toContain(chapterUrl(chapter!.id));
    for (const section of chapter!.sections) {
      expect(sitemap).not.toContain(sectionShareUrl(chapter!.id, section.id));
      expect(loadPage(sectionShareUrl(chapter!.id, section.id)).querySelector('[data-pagefind-body]')).toBeNull();
    }
  });
});

describe('保存分享图 posters', () => {
  const pages = [...[...content.cases.keys()].map((slug) => caseUrl(slug)), ...chapters.map((c) => chapterUrl(c.id))];
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join('');

  it.each(pages)('%s links its poster as an SVG file with its card, its full address and a QR code of it', (path) => {
    const doc = loadPage(path);
    const link = doc.querySelector('a.share-poster__link')!;
    expect(link.textContent).toBe('保存分享图');
    // Without JavaScript the link opens the poster; the page's script draws it to a PNG of this name.
    expect(link.hasAttribute('download')).toBe(false);
    expect(link.getAttribute('data-png-name')).toMatch(/-分享图\.png$/);
    expect(link.getAttribute('data-alt')).toBeTruthy();
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/\.svg$/);
    const file = fileOfUrlPath(href)!;
    expect(existsSync(file), href).toBe(true);
    const svg = readFileSync(file, 'utf8');
    const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toMatch(new RegExp(`\\swidth="${posterSize.width}" height="${posterSize.height}"`));
    expect([link.getAttribute('data-width'), link.getAttribute('data-height')]).toEqual([String(posterSize.width), String(posterSize.height)]);
    const address = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(new URL(address).pathname).toBe(path);
    expect(texts(svg)).toContain(address);
    expect(svgHasQrCodeOf(svg, address), `${href} holds no QR code of ${address}`).toBe(true);
  });

  it('is written, not drawn, by the build: no poster PNG in the output', () => {
    const cards = new Set<string>();
    for (const path of allPages()) {
      const image = loadPage(path).querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (image) cards.add(new URL(image).pathname.split('/').pop()!);
    }
    // Every PNG the build ships is some page's link-preview card (crawlers need those as PNG).
    const pngs = readdirSync(join(distDir, chartImageFolder)).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(0);
    expect(pngs.filter((f) => !cards.has(f))).toEqual([]);
  });
});

describe('robots.txt and the feed', () => {
  it('robots.txt names the sitemap by its full address', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)\s*$/m.exec(robots)?.[1];
    expect(sitemap).toBeDefined();
    expect(new URL(sitemap!).pathname).toBe(sitemapUrl());
    expect(existsSync(fileOfUrlPath(sitemapUrl())!)).toBe(true);
  });

  it('gives a case with a date its pubDate, that day in China, and one without none', () => {
    const rss = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBe(content.cases.size);
    for (const [slug, entry] of content.cases) {
      const item = items.find((i) => i.includes(`${caseUrl(slug)}</link>`))!;
      const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
      if (entry.data.date) expect(new Date(pubDate!).toISOString()).toBe(new Date(`${entry.data.date}T00:00:00+08:00`).toISOString());
      else expect(pubDate).toBeUndefined();
    }
  });
});

describe('finding things', () => {
  const pages = allPages().filter((p) => !loadPage(p).querySelector('meta[http-equiv="refresh"]'));

  it('has a search box in the header of every page but the search page: a GET form to the search page', () => {
    for (const path of pages) {
      const form = loadPage(path).querySelector('header form[role="search"]');
      if (path === searchUrl()) {
        expect(form).toBeNull();
        continue;
      }
      expect(form, path).not.toBeNull();
      expect(form!.getAttribute('action')).toBe(searchUrl());
      expect(form!.getAttribute('method')).toBe('get');
      const input = form!.querySelector('input[name="q"]')!;
      expect(form!.querySelector(`label[for="${input.getAttribute('id')}"]`)?.textContent?.trim()).toBeTruthy();
    }
  });

  it('indexes a page’s story with its kind, and none of its furniture', () => {
    let indexed = 0;
    for (const path of pages) {
      const doc = loadPage(path);
      const bodies = doc.querySelectorAll('[data-pagefind-body]');
      if (bodies.length === 0) continue;
      indexed++;
      expect(bodies.length, path).toBe(1);
      const body = bodies[0]!;
      const kind = body.getAttribute('data-pagefind-filter')!.split(':');
      expect(kind[0]).toBe(searchTypeKey);
      expect(searchTypes).toContain(kind[1]);
      expect(body.getAttribute('data-pagefind-meta')).toBe(body.getAttribute('data-pagefind-filter'));
      // Every chart, source list, practice list and download sits inside an ignored block.
      for (const furniture of body.querySelectorAll('figure.bc-chart, .sources, .source-credits, .practice-links, .hb-cases, .share-poster, .breadcrumb, a[download]')) {
        expect(furniture.closest('[data-pagefind-ignore]'), `${path}: ${furniture.outerHTML.slice(0, 80)}`).not.toBeNull();
      }
    }
    expect(indexed).toBeGreaterThan(content.cases.size);
  });
});
