/**
 * Every page in the sitemap, in a real Chromium, served with the site's strict
 * Content-Security-Policy: it loads cleanly, passes axe-core (WCAG 2.0/2.1/2.2
 * A and AA and axe's best practices) on a 1280 px screen and, in light and
 * dark, on a 390 px phone and at 320 px (1280 px at 400 % zoom), fits those
 * widths without sideways scrolling, and works from the keyboard.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { builtPages, sitemapPaths } from '../support/sitemap.ts';
import { axeViolations, cspViolations, horizontalOverflow, keyboardProblems, latentCspProblems, recordCspViolations, watchPage } from '../support/inspect.ts';

requireBuiltSite();
import { absoluteUrl, caseIndexUrl, caseUrl } from '../../src/lib/urls.ts';

const paths = sitemapPaths();

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let watched: { problems: string[] };
const checkedIcons = new Map<string, string | null>();

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await recordCspViolations(context);
});

// A fresh tab per page, so a request a page leaves in flight (Pagefind preloads
// its index when the search box gets focus) is not blamed on the next one.
beforeEach(async () => {
  page = await context.newPage();
  watched = watchPage(page);
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Icons and manifests are not fetched by a headless browser; fetch them. */
async function iconProblems(): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"], link[rel="mask-icon"]')].map((l) => l.href),
  );
  if (hrefs.length === 0) return ['no <link rel="icon">: browsers will ask for /favicon.ico'];
  const problems: string[] = [];
  for (const href of hrefs) {
    if (!checkedIcons.has(href)) {
      const res = await context.request.get(href);
      checkedIcons.set(href, res.ok() ? null : `HTTP ${res.status()} for ${href}`);
    }
    const problem = checkedIcons.get(href);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('every page in the sitemap', () => {
  it('lists every built page (apart from redirects and the 404 page)', () => {
    const listed = new Set(paths);
    const isRedirect = (p: string) => /http-equiv="refresh"/i.test(readFileSync(join(siteDir, p, 'index.html'), 'utf8'));
    const missing = builtPages().filter((p) => !listed.has(p) && !isRedirect(p));
    expect(missing).toEqual([]);
  });

  it.each(paths)('%s', async (path) => {
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.status(), `${path} should load`).toBe(200);

    const problems: string[] = [];
    problems.push(...(await iconProblems()));
    problems.push(...(await axeViolations(page)));

    // A wide screen: no sideways scroll, and the content is not squeezed into a phone column.
    problems.push(...(await horizontalOverflow(page)));
    const mainWidth = await page.evaluate(() => document.querySelector('main')?.getBoundingClientRect().width ?? 0);
    if (mainWidth <= 700) problems.push(`at 1280 px <main> is only ${Math.round(mainWidth)} px wide`);

    problems.push(...(await keyboardProblems(page)));

    // A phone, and 1280 px at 400 % zoom; dark mode changes every colour.
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      problems.push(...(await horizontalOverflow(page)).map((p) => `${width} px: ${p}`));
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        problems.push(...(await axeViolations(page)).map((p) => `${width} px, ${colorScheme}: ${p}`));
      }
    }

    problems.push(...(await cspViolations(page)).map((v) => `CSP violation: ${v}`));
    problems.push(...(await latentCspProblems(page)).map((v) => `would break under the CSP: ${v}`));
    problems.push(...watched.problems);
    expect(problems).toEqual([]);
  });

  it('a missing page answers 404 with the site’s own, accessible 404 page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const missing = absoluteUrl(caseUrl('no-such-case'), server.origin);
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator(`main a[href="${caseIndexUrl()}"]`).count()).toBeGreaterThan(0);
    const problems = [
      ...(await axeViolations(page)),
      ...(await horizontalOverflow(page)),
      ...(await cspViolations(page)).map((v) => `CSP violation: ${v}`),
      // The document's own 404 is the point; anything else failing is not.
      ...watched.problems.filter((p) => !p.includes(missing)),
    ];
    expect(problems).toEqual([]);
  });
});
