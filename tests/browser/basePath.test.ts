/**
 * The site under a sub-path: built with BASE_PATH=/casebook/ and a real
 * SITE_URL into a temporary folder, every address it publishes stays under
 * the base: links, assets, images, downloads, forms, link-preview cards,
 * canonical links, QR codes, redirects, stylesheets' url()s, the sitemap, the
 * feed and robots.txt; every one of them leads to a file that was built. In
 * a browser, served under /casebook/ only, pages load with nothing missing
 * and search finds pages at their /casebook/ addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { fileOfUrlPath } from '../support/dist.ts';
import { root } from '../support/root.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { watchPage } from '../support/inspect.ts';
// The tests run at the root: these give paths from the root, to which the test puts the base in front.
import { base, caseUrl, chapterUrl, datasetUrl } from '../../src/lib/urls.ts';

const basePath = '/casebook/';
const origin = 'https://casebook.example.org';
// Inside the project (git-ignored .cache/): the build moves its output into place with a rename, which cannot cross file systems.
mkdirSync(join(root, '.cache'), { recursive: true });
const outDir = join(mkdtempSync(join(root, '.cache', 'base-path-')), 'dist');

/** Every file under `dir` whose name ends with one of `ends`. */
function filesOf(dir: string, ends: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ends.some((e) => f.endsWith(e)))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Where a built file is served, for messages. */
const where = (file: string) => relative(outDir, file);

/**
 * Checks one address found in the build: an address on the site (a path
 * from the root, or a full URL on the site's origin) must be under the base
 * path and lead to a built file. Relative addresses (#x, ?q=) and other
 * sites pass.
 */
function problemWith(address: string, found: string): string | undefined {
  const value = address.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('?') || /^(data|mailto|tel|javascript):/i.test(value)) return undefined;
  let pathname: string;
  if (value.startsWith('//')) return `${found}: protocol-relative address ${value}`;
  if (value.startsWith('/')) pathname = value;
  else if (/^https?:\/\//.test(value)) {
    const url = new URL(value);
    if (url.origin !== origin) return undefined;
    pathname = url.pathname;
  } else return undefined;
  if (!pathname.startsWith(basePath)) return `${found}: ${value} escapes the base path ${basePath}`;
  const file = fileOfUrlPath(pathname, outDir, basePath);
  if (!file || !existsSync(file)) return `${found}: ${value} leads to nothing built`;
  return undefined;
}

let built = false;

beforeAll(() => {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--strict'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: basePath, SITE_URL: origin, BELT_DIST: outDir },
  });
  if (result.status !== 0) throw new Error(`the build under ${basePath} failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
});

afterAll(() => {
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe(`the site built under ${basePath}`, () => {
  it('keeps every address in every page under the base path, and each leads to a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    const pages = filesOf(outDir, ['.html']);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const check = (value: string | null | undefined, what: string) => {
        if (value == null) return;
        checked++;
        const problem = problemWith(value, `${where(file)} ${what}`);
        if (problem) problems.push(problem);
      };
      for (const el of document.querySelectorAll('[href]')) check(el.getAttribute('href'), `<${el.localName} href>`);
      for (const el of document.querySelectorAll('[src]')) check(el.getAttribute('src'), `<${el.localName} src>`);
      for (const el of document.querySelectorAll('[action]')) check(el.getAttribute('action'), `<${el.localName} action>`);
      for (const el of document.querySelectorAll('[srcset]')) {
        for (const candidate of el.getAttribute('srcset')!.split(',')) check(candidate.trim().split(/\s+/)[0], `<${el.localName} srcset>`);
      }
      for (const el of document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
        const content = el.getAttribute('content') ?? '';
        if (/^(https?:)?\//.test(content)) check(content, `<meta ${el.getAttribute('property') ?? el.getAttribute('name')}>`);
      }
      for (const el of document.querySelectorAll('meta[http-equiv="refresh"]')) check(/url=(.*)$/i.exec(el.getAttribute('content') ?? '')?.[1], '<meta refresh>');
      // Printed QR codes and their written-out addresses.
      for (const el of document.querySelectorAll('.hb-qr__url')) check(el.textContent, 'printed address');
      for (const el of document.querySelectorAll('.hb-qr svg')) check(/(https?:\/\/\S+)$/.exec(el.getAttribute('aria-label') ?? '')?.[1], 'QR code');
      // Old section ids forwarded by the handbook's script.
      for (const el of document.querySelectorAll('[data-hb-redirects]')) {
        for (const to of Object.values(JSON.parse(el.getAttribute('data-hb-redirects') ?? '{}') as Record<string, string>)) check(to, 'redirect');
      }
      for (const el of document.querySelectorAll('[data-hb-share-url], [data-hb-chapter-target]')) {
        check(el.getAttribute('data-hb-share-url') ?? el.getAttribute('data-hb-chapter-target'), 'share/redirect target');
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('gives full addresses on the site’s origin under the base: canonical, og:url, og:image and printed QR codes', () => {
    const chapter = filesOf(join(outDir, 'handbook'), ['index.html']).find((f) => readFileSync(f, 'utf8').includes('hb-qr__url'))!;
    const { document } = parseHTML(readFileSync(chapter, 'utf8'));
    for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[property="og:image"]']) {
      const el = document.querySelector(selector)!;
      expect(el.getAttribute('href') ?? el.getAttribute('content'), selector).toMatch(new RegExp(`^${origin}${basePath}`));
    }
    expect(document.querySelector('.hb-qr__url')!.textContent).toMatch(new RegExp(`^${origin}${basePath}handbook/`));
  });

  it('keeps url()s in stylesheets under the base path', () => {
    const problems: string[] = [];
    for (const file of filesOf(outDir, ['.css'])) {
      if (file.includes(`${join(outDir, 'pagefind')}`)) continue; // Pagefind's own: only data: URLs.
      for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const problem = problemWith(m[1]!, `${where(file)} url()`);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists only addresses under the base in the sitemap, the feed and robots.txt', () => {
    const problems: string[] = [];
    const xmlFiles = filesOf(outDir, ['.xml']);
    expect(xmlFiles.some((f) => f.endsWith('sitemap-index.xml'))).toBe(true);
    let count = 0;
    for (const file of xmlFiles) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<(loc|link|guid)[^>]*>\s*([^<\s]+)\s*<\/\1>/g)) {
        count++;
        const problem = problemWith(m[2]!, `${where(file)} <${m[1]}>`);
        if (problem) problems.push(problem);
      }
    }
    expect(count).toBeGreaterThan(10);
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${origin}${basePath}sitemap-index.xml`);
    expect(problems).toEqual([]);
  });
});

describe(`the site served under ${basePath} in a browser`, () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!built) return;
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir, { csp: true, base: basePath })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads a case, a chapter and the data index with no missing file, script error or CSP problem', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const watched = watchPage(page);
    // Whichever case, chapter and dataset come first in the content folders.
    const first = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort()[0]!.slice(0, -ext.length);
    const targets = [
      base,
      caseUrl(first('content/cases', '.mdx')),
      chapterUrl(first('content/handbook', '.mdx')),
      datasetUrl(first('data', '.json')),
    ].map((path) => `${basePath}${path.slice(base.length)}`);
    for (const target of targets) {
      await page.goto(`${server.origin}${target}`);
      expect(await page.locator('h1').count(), target).toBeGreaterThan(0);
    }
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('searches from the header form and finds pages at their base-path addresses', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(`${server.origin}${basePath}`);
    // A word every case page has: the name of the first case's provider, from its own page.
    await page.goto(`${server.origin}${basePath}providers/`);
    const providerName = (await page.locator('main a[href*="/providers/"]').first().textContent())!.trim();
    await page.locator('form[role="search"] input[name="q"]').fill(providerName);
    await Promise.all([page.waitForURL((url) => url.pathname === `${basePath}search/`), page.locator('form[role="search"] input[name="q"]').press('Enter')]);
    const link = page.locator('.pagefind-ui__result-link').first();
    await link.waitFor({ state: 'visible', timeout: 20_000 });
    const results = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.startsWith(basePath), r).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === results[0]), link.click()]);
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
