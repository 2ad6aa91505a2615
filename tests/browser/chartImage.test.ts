/**
 * 保存图片 in a real Chromium under the site's CSP: the chart's framed image is
 * drawn into a PNG on the reader's device and shown under the chart, ready to
 * long-press or download; no image is drawn at build time for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPathsContaining } from '../support/sitemap.ts';
import { cspViolations, recordCspViolations } from '../support/inspect.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

requireBuiltSite();

// The first page in the sitemap with a chart to save: whatever the content is.
const withChart = sitemapPathsContaining('bc-chart__saved')[0];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!withChart)('保存图片', () => {
  it('draws the chart image to a PNG on the page, at twice its size, with the CSP intact', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await recordCspViolations(context);
    const page = await context.newPage();
    await page.goto(absoluteUrl(withChart!, server.origin));
    const figure = page.locator('figure.bc-chart', { has: page.locator('a[data-save-image]') }).first();
    const link = figure.locator('a[data-save-image]');
    const width = Number(await link.getAttribute('data-width'));
    await link.click();
    const img = figure.locator('.bc-chart__saved img');
    await img.waitFor({ timeout: 10_000 });
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(width * 2);
    expect(await img.getAttribute('alt')).toBeTruthy();
    expect(await figure.locator('.bc-chart__saved a[download]').getAttribute('download')).toBe(await link.getAttribute('data-png-name'));
    expect(await link.getAttribute('data-png-name')).toMatch(/\.png$/);
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    // A second press hides it again rather than drawing another.
    await link.click();
    expect(await figure.locator('.bc-chart__saved').isHidden()).toBe(true);
    expect(await link.getAttribute('aria-expanded')).toBe('false');
    expect(await figure.locator('.bc-chart__saved img').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
