/**
 * Search works under the strict Content-Security-Policy: Pagefind's script,
 * WebAssembly, worker and index all load, a typed query shows results that
 * lead to real pages, and nothing is blocked or logged as an error. (The
 * handbook's script under the same CSP: tests/browser/handbook.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { axeViolations, cspViolations, recordCspViolations, watchPage } from '../support/inspect.ts';

requireBuiltSite();
import { absoluteUrl, caseIndexUrl, providerUrl, searchUrl } from '../../src/lib/urls.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await recordCspViolations(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The result links on the page once Pagefind has answered. */
async function results(page: Page): Promise<string[]> {
  await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 20_000 });
  return page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search under the strict CSP', () => {
  it('typing a provider name finds its pages', async () => {
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(absoluteUrl(searchUrl(), server.origin));
    const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first();
    await input.waitFor({ state: 'visible' });
    await input.pressSequentially('乐栩');
    const found = await results(page);
    expect(found.some((p) => p.startsWith(`${caseIndexUrl()}lexu`) || p === providerUrl('lexu')), `results: ${found.join(', ')}`).toBe(true);

    // Results are part of the page too: they must pass axe as well, in both colour schemes.
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    expect(await cspViolations(page)).toEqual([]);

    // A result leads to a page that exists.
    const first = page.locator('.pagefind-ui__result-link').first();
    await Promise.all([page.waitForURL((url) => url.pathname !== searchUrl()), first.click()]);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent?.trim())).toBeTruthy();

    expect(await cspViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('a ?q= link opens with its results, with no CSP violation', async () => {
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(absoluteUrl(searchUrl('测款'), server.origin));
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});
