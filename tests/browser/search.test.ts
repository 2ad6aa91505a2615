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
import { root } from '../support/root.ts';
import { absoluteUrl, caseIndexUrl, caseUrl, chapterUrl, providerUrl, searchUrl } from '../../src/lib/urls.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { searchTypeKey, searchTypes } from '../../src/lib/search/searchType.ts';

requireBuiltSite();

const content = checkProject(root).content;
const chapters = readHandbook(root).chapters;

/** Words of page furniture that must never be indexed: chart tools, source lists, downloads. */
const furniture = ['数据图表', '数据来源', '保存图片', '下载CSV', 'JSON', '数据表与文字说明'];

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

/** Opens /search/?q=… and returns the result links (URL paths), [] when Pagefind finds nothing. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(absoluteUrl(searchUrl(query), server.origin));
  await page.locator('.pagefind-ui__result-link').or(page.locator('.pagefind-ui__message').filter({ hasText: '没有' })).first().waitFor({ timeout: 20_000 });
  return page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

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

describe('search finds the story, not the furniture', () => {
  it('finds every provider’s page by the provider’s name (real Chinese queries against the built index)', async () => {
    const page = await context.newPage();
    for (const [id, provider] of content.providers) {
      const found = await search(page, provider.data.name);
      expect(found, `query ${provider.data.name}`).toContain(providerUrl(id));
    }
    await page.close();
  });

  it('finds every handbook chapter by its title, and every case by its merchant', async () => {
    const page = await context.newPage();
    for (const chapter of chapters) {
      const query = chapter.data.title;
      const found = await search(page, query);
      expect(found, `query ${query}`).toContain(chapterUrl(chapter.id));
    }
    for (const [slug, entry] of content.cases) {
      if (!entry.data.merchant) continue;
      const found = await search(page, entry.data.merchant);
      expect(found, `query ${entry.data.merchant}`).toContain(caseUrl(slug));
    }
    await page.close();
  });

  it('shows no furniture in results: no sub-result or excerpt of charts, source lists or downloads', async () => {
    const page = await context.newPage();
    // Furniture words themselves find nothing that is furniture.
    for (const word of furniture) {
      await search(page, word);
      const shown = await page.locator('.pagefind-ui__result').evaluateAll((results) => results.map((r) => r.textContent ?? ''));
      for (const text of shown) for (const f of furniture) expect(text, `query ${word}`).not.toContain(f);
    }
    // Nor do ordinary queries, in titles of sub-results or excerpts.
    for (const provider of content.providers.values()) {
      await search(page, provider.data.name);
      const shown = await page.locator('.pagefind-ui__result').evaluateAll((results) => results.map((r) => r.textContent ?? ''));
      for (const text of shown) for (const f of furniture) expect(text, `query ${provider.data.name}`).not.toContain(f);
    }
    await page.close();
  });

  it('names the kind of page on every result, and filters by it', async () => {
    const page = await context.newPage();
    const query = [...content.providers.values()][0]!.data.name;
    const found = await search(page, query);
    expect(found.length).toBeGreaterThan(1);
    const tags = await page.locator('.pagefind-ui__result').evaluateAll((results) =>
      results.map((r) => [...r.querySelectorAll('.pagefind-ui__result-tag')].map((t) => t.textContent?.trim() ?? '')),
    );
    for (const resultTags of tags) {
      const kinds = resultTags.filter((t) => t.startsWith(searchTypeKey)).map((t) => t.split(/[:：]\s*/)[1]);
      expect(kinds).toHaveLength(1);
      expect(searchTypes).toContain(kinds[0]);
    }
    // On a phone the filter starts folded: open it as a reader would.
    const box = page.getByRole('checkbox', { name: /^案例/ });
    if (!(await box.isVisible())) await page.locator('summary.pagefind-ui__filter-name').filter({ hasText: searchTypeKey }).click();
    await box.check();
    await expect.poll(async () => {
      const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      return links.length > 0 && links.every((p) => p.startsWith(caseIndexUrl()));
    }, { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('opens the first result on Enter, but not on the Enter that commits a Chinese input method’s text', async () => {
    const page = await context.newPage();
    const query = [...content.providers.values()][0]!.data.name;
    const found = await search(page, query);
    const input = page.locator('.pagefind-ui__search-input');
    // What an input method sends when Enter picks the characters: a keydown with isComposing…
    await input.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true });
    // …or, in Safari, a keydown right after compositionend.
    await input.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '千川' }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(searchUrl());
    await Promise.all([page.waitForURL((url) => url.pathname === found[0]), input.press('Enter')]);
    await page.close();
  });
});

describe('the search box in the header', () => {
  it('is reached with the keyboard from the top of any page and lands on results, without script on that page', async () => {
    const page = await context.newPage();
    // The case index loads no script (case pages load the glossary's popover script).
    await page.goto(absoluteUrl(caseIndexUrl(), server.origin));
    expect(await page.locator('script').count()).toBe(0);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'site-search-q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('site-search-q');
    const query = [...content.providers.values()][0]!.data.name;
    await page.keyboard.type(query);
    await Promise.all([page.waitForURL((url) => url.pathname === searchUrl()), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
