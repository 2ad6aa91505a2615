/**
 * The handbook's script in a real Chromium, under the site's strict CSP:
 * 复制链接 copies the section's full URL, the share button appears where the
 * browser has a share sheet, old #ids are forwarded to their new place, and
 * without JavaScript the section links still work as plain links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { distDir, requireBuiltSite } from '../support/dist.ts';
import { absoluteUrl, chapterUrl, sectionShareUrl, sectionUrl } from '../../src/lib/urls.ts';

requireBuiltSite();

let browser: Browser;
let server: StaticServer;

describe('the handbook in a browser', () => {
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(distDir, { csp: true })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies a section’s full URL with 复制链接, with no CSP violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(absoluteUrl(chapterUrl('before-campaign'), server.origin));
    await page.locator('section[data-section="test-products"] [data-hb-copy]').click();
    await expect.poll(() => page.locator('section[data-section="test-products"] .hb-tools__status').textContent()).toBe('链接已复制');
    // The section's share page (its own card in chat apps), which forwards to the section.
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(absoluteUrl(sectionShareUrl('before-campaign', 'test-products'), server.origin));
    expect(page.url()).toBe(absoluteUrl(chapterUrl('before-campaign'), server.origin));
    expect(errors).toEqual([]);
    await page.goto(copied);
    await page.waitForURL(absoluteUrl(sectionUrl('before-campaign', 'test-products'), server.origin));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the share sheet on a phone that has one, with the section’s title and URL', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.goto(absoluteUrl(chapterUrl('stay-close'), server.origin));
    const share = page.locator('section[data-section="score-recovery"] [data-hb-share]');
    await expect.poll(() => share.isVisible()).toBe(true);
    await share.click();
    const shared = (await page.evaluate(() => (window as unknown as { shared: { title: string; text: string; url: string }[] }).shared))[0]!;
    expect(shared.url).toBe(absoluteUrl(sectionShareUrl('stay-close', 'score-recovery'), server.origin));
    expect(shared.title).toMatch(/^修复店铺评分/);
    expect(shared.text.length).toBeGreaterThan(10);
    await context.close();
  });

  it('keeps the share button hidden where there is no share sheet', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const page = await context.newPage();
    await page.goto(absoluteUrl(chapterUrl('stay-close'), server.origin));
    expect(await page.locator('[data-hb-share]').first().isVisible()).toBe(false);
    await context.close();
  });

  it('forwards an old #id to its new place, in the same chapter or another', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Serve the chapter as if the registry held a renamed and a moved section.
    await page.route(absoluteUrl(chapterUrl('before-campaign'), server.origin), async (route) => {
      const response = await route.fetch();
      const map = { 'old-screening': sectionUrl('before-campaign', 'screen-merchants'), 'score-fix': sectionUrl('stay-close', 'score-recovery') };
      const body = (await response.text()).replace('data-hb-redirects="{}"', `data-hb-redirects="${JSON.stringify(map).replace(/"/g, '&quot;')}"`);
      await route.fulfill({ response, body });
    });
    await page.goto(absoluteUrl(sectionUrl('before-campaign', 'old-screening'), server.origin));
    await expect.poll(() => page.url()).toBe(absoluteUrl(sectionUrl('before-campaign', 'screen-merchants'), server.origin));
    await page.goto(absoluteUrl(sectionUrl('before-campaign', 'score-fix'), server.origin));
    await expect.poll(() => page.url()).toBe(absoluteUrl(sectionUrl('stay-close', 'score-recovery'), server.origin));
    await context.close();
  });

  it('works without JavaScript: 复制链接 is a link to the section', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(absoluteUrl(chapterUrl('before-campaign'), server.origin));
    await page.locator('section[data-section="campaign-rhythm"] [data-hb-copy]').click();
    await expect.poll(() => page.url()).toBe(absoluteUrl(sectionUrl('before-campaign', 'campaign-rhythm'), server.origin));
    expect(await page.locator('[data-hb-share]').first().isVisible()).toBe(false);
    await context.close();
  });
});
