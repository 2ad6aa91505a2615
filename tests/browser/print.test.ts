/**
 * Printed chapters, as a provider prints them for a training session: every
 * chapter is printed to an A4 PDF by Chromium and read back (tests/support/pdf.ts).
 * - no more pages than the content needs: at most one more than its printed
 *   height divided by the page's writing area (forced breaks per section
 *   used to add a page each);
 * - no page but the last is mostly blank: text reaches into the lower part
 *   of every page;
 * - every page has the running footer (chapter title, page number, address)
 *   in its bottom margin;
 * - a link to another page prints its full address, on the site's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { readPdfPages } from '../support/pdf.ts';
import { root } from '../support/root.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { absoluteUrl, chapterUrl } from '../../src/lib/urls.ts';

/** A4 and the margins of src/styles/print.css, in CSS px (96 per inch). */
const mm = 96 / 25.4;
const sheet = { width: 210 * mm, height: 297 * mm };
const margin = { top: 16 * mm, bottom: 18 * mm, side: 16 * mm };
const writingHeight = sheet.height - margin.top - margin.bottom;

requireBuiltSite();

const chapters = readHandbook(root).chapters.map((c) => c.id);

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir)]);
  context = await browser.newContext({ viewport: { width: Math.floor(sheet.width - 2 * margin.side), height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('printed handbook chapters', () => {
  it('finds chapters to print', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.each(chapters)('%s prints on as few A4 pages as its content needs, none mostly blank, each with its footer', async (id) => {
    const page = await context.newPage();
    await page.goto(absoluteUrl(chapterUrl(id), server.origin));
    await page.emulateMedia({ media: 'print' });
    const contentHeight = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const pages = readPdfPages(await page.pdf({ preferCSSPageSize: true }));
    await page.close();

    const needed = Math.ceil(contentHeight / writingHeight);
    expect(pages.length, `${pages.length} pages for ${Math.round(contentHeight)} px of content (${needed} pages' worth)`).toBeLessThanOrEqual(needed + 1);

    pages.forEach((p, i) => {
      const footer = p.textTops.filter((y) => y > p.height - margin.bottom);
      const body = p.textTops.filter((y) => y <= p.height - margin.bottom);
      expect(footer.length, `page ${i + 1}: running footer`).toBeGreaterThan(0);
      if (i < pages.length - 1) {
        // The last line of text sits in the lower 40% of the writing area.
        const lowest = Math.max(...body);
        expect(lowest, `page ${i + 1} of ${pages.length} ends its text at ${Math.round(lowest)} px`).toBeGreaterThan(margin.top + writingHeight * 0.6);
      }
    });
  });

  it('prints a link to another page with its full address', async () => {
    const page = await context.newPage();
    await page.goto(absoluteUrl(chapterUrl(chapters[0]!), server.origin));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.hb-body a[href^="/"]:not(.gl-term):not(.fig):not(.hb-self-link), .hb-cases a[href^="/"]:not(.fig)')].map((a) => ({
        href: a.getAttribute('href')!,
        after: getComputedStyle(a, '::after').content,
      })),
    );
    await page.close();
    expect(printed.length).toBeGreaterThan(0);
    for (const { href, after } of printed) expect(after, href).toMatch(new RegExp(`https?://[^"]+${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
