/**
 * 保存分享图 in a real Chromium under the site's CSP: the page's poster (its
 * card, a QR code and its address, an SVG file the build wrote) is drawn into a
 * PNG on the reader's device at the poster's size and shown below the link,
 * ready to long-press or download. With JavaScript off the link opens the SVG.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPathsContaining } from '../support/sitemap.ts';
import { axeViolations, cspViolations, horizontalOverflow, recordCspViolations, watchPage } from '../support/inspect.ts';
import { posterSize } from '../../src/lib/share/posterSvg.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

requireBuiltSite();

// The first page in the sitemap with a poster, whatever the content is (tests/site/sharing.test.ts: every case and chapter has one).
const withPoster = sitemapPathsContaining('share-poster__link')[0];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!withPoster)('保存分享图', () => {
  it('draws the poster to a PNG of its size on the page, with its card and QR code, under the CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await recordCspViolations(context);
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(absoluteUrl(withPoster!, server.origin));
    const link = page.getByRole('link', { name: '保存分享图' });
    const host = page.locator('.share-poster', { has: link });
    await link.click();
    const img = host.locator('.share-poster__saved img');
    await img.waitFor({ timeout: 10_000 });
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([posterSize.width, posterSize.height]);
    expect(await img.getAttribute('alt')).toContain('分享图');
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    expect(await host.getByRole('status').textContent()).toContain('图片已生成');
    // Shown, the image fits a phone's width and the page stays accessible.
    expect((await img.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect([...(await horizontalOverflow(page)), ...(await axeViolations(page))]).toEqual([]);
    const download = host.locator('.share-poster__saved a[download]');
    expect(await download.getAttribute('download')).toBe(await link.getAttribute('data-png-name'));
    expect(await download.getAttribute('download')).toMatch(/-分享图\.png$/);
    expect(await download.getAttribute('href')).toBe(await img.getAttribute('src'));
    // Drawn, not blank: the card's blue band on top, and a QR code's dark modules below it.
    const drawn = await img.evaluate((el: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const band = [...ctx.getImageData(600, 5, 1, 1).data.slice(0, 3)];
      const below = ctx.getImageData(0, 640, canvas.width, canvas.height - 640).data;
      let dark = 0;
      for (let i = 0; i < below.length; i += 4) if (below[i]! < 60 && below[i + 1]! < 60 && below[i + 2]! < 60) dark++;
      return { band, darkShare: dark / (below.length / 4) };
    });
    expect(drawn.band).toEqual([0x0b, 0x53, 0x94]);
    expect(drawn.darkShare).toBeGreaterThan(0.02);
    // A second press hides it again rather than drawing another.
    await link.click();
    expect(await host.locator('.share-poster__saved').isHidden()).toBe(true);
    expect(await link.getAttribute('aria-expanded')).toBe('false');
    expect(await host.locator('.share-poster__saved img').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  it('opens the poster’s SVG file when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(absoluteUrl(withPoster!, server.origin));
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('.svg')), page.getByRole('link', { name: '保存分享图' }).click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    await page.waitForURL(/\.svg$/);
    expect(await response.text()).toMatch(new RegExp(`^<svg[^>]*width="${posterSize.width}" height="${posterSize.height}"`));
    await context.close();
  });
});
