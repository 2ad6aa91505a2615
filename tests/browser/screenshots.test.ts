/**
 * Screenshots for people to look at (not compared with anything): the home
 * page, a case, a handbook chapter and search with results, at 390 px and
 * 1280 px, light and dark. Written to test-results/screenshots/ (git-ignored).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { root } from '../support/root.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';

requireBuiltSite();
import { caseIndexUrl, handbookUrl, homeUrl, searchUrl } from '../../src/lib/urls.ts';

const outDir = join(root, 'test-results', 'screenshots');
const chapter = sitemapPaths().find((p) => new RegExp(`^${handbookUrl()}[^/]+/$`).test(p));
const firstCase = sitemapPaths().find((p) => new RegExp(`^${caseIndexUrl()}[^/]+/$`).test(p));

const shots: Array<{ name: string; path: string | undefined; ready?: string }> = [
  { name: 'home', path: homeUrl() },
  { name: `case-${firstCase?.slice(caseIndexUrl().length, -1) ?? 'case'}`, path: firstCase },
  { name: `handbook-${chapter?.slice(handbookUrl().length, -1) ?? 'chapter'}`, path: chapter },
  { name: 'search', path: searchUrl('测款'), ready: '.pagefind-ui__result-link' },
];
const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('screenshots', () => {
  it.each(shots)('$name at 390 and 1280 px, light and dark', async ({ name, path, ready }) => {
    expect(path, `no page to photograph for ${name}`).toBeDefined();
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const response = await page.goto(server.origin + path!);
      expect(response?.status()).toBe(200);
      if (ready) await page.locator(ready).first().waitFor({ state: 'visible', timeout: 20_000 });
      for (const width of widths) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const file = join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        expect(statSync(file).size).toBeGreaterThan(1000);
      }
      await context.close();
    }
  });
});
