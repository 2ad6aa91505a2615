/**
 * Glossary terms in prose explain themselves in place: on a phone a tap, and
 * from the keyboard Enter or Space, opens the term's definition in a popover
 * that fits the screen; Esc or a tap elsewhere closes it. Without JavaScript
 * the term is a plain link to its glossary entry. Checked on every page type
 * that links terms (the first such case and chapter the build has).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPathsContaining } from '../support/sitemap.ts';
import { cspViolations, recordCspViolations } from '../support/inspect.ts';
import { caseIndexUrl, glossaryUrl, handbookUrl } from '../../src/lib/urls.ts';

requireBuiltSite();
const withTerms = sitemapPathsContaining('data-popover=');
const pages = [caseIndexUrl(), handbookUrl()].map((prefix) => withTerms.find((p) => p.startsWith(prefix) && p !== prefix));

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const state = (page: Page) =>
  page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('main a.gl-term[data-popover]')!;
    const pop = document.getElementById(link.dataset.popover!)!;
    const rect = pop.getBoundingClientRect();
    return {
      open: pop.matches(':popover-open'),
      expanded: link.getAttribute('aria-expanded'),
      role: link.getAttribute('role'),
      text: pop.textContent ?? '',
      term: link.dataset.term,
      inside: rect.left >= 0 && rect.top >= 0 && rect.right <= document.documentElement.clientWidth && rect.bottom <= window.innerHeight,
    };
  });

describe('glossary terms', () => {
  it('are linked with a definition on a case page and a chapter', () => {
    expect(pages.every(Boolean), `pages with glossary terms: ${withTerms.join(', ')}`).toBe(true);
  });

  it.each(pages.map((p) => [p!]))('%s: a tap or Enter shows the definition in place; Esc or a tap elsewhere closes it', async (path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await recordCspViolations(context);
    const page = await context.newPage();
    await page.goto(server.origin + path);
    const term = page.locator('main a.gl-term[data-popover]').first();
    await term.scrollIntoViewIfNeeded();
    expect(await state(page)).toMatchObject({ open: false, expanded: 'false', role: 'button' });

    await term.tap();
    const opened = await state(page);
    expect(opened).toMatchObject({ open: true, expanded: 'true', inside: true });
    expect(opened.text.length).toBeGreaterThan(10);
    expect(page.url()).toBe(server.origin + path);
    await term.tap();
    expect(await state(page), 'a second tap on the term closes it').toMatchObject({ open: false, expanded: 'false' });
    await term.tap();
    expect(await state(page)).toMatchObject({ open: true });
    await page.touchscreen.tap(10, 830);
    expect(await state(page)).toMatchObject({ open: false, expanded: 'false' });

    await term.focus();
    await page.keyboard.press('Enter');
    expect(await state(page)).toMatchObject({ open: true, inside: true });
    await page.keyboard.press('Escape');
    expect(await state(page)).toMatchObject({ open: false, expanded: 'false' });
    await page.keyboard.press(' ');
    expect(await state(page)).toMatchObject({ open: true });

    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(pages.map((p) => [p!]))('%s: without JavaScript a term is a link to its glossary entry', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(server.origin + path);
    const term = page.locator('main a.gl-term[data-popover]').first();
    const id = await term.getAttribute('data-term');
    expect(await term.getAttribute('role')).toBeNull();
    expect(await page.locator(`#${await term.getAttribute('data-popover')}`).isVisible()).toBe(false);
    await term.click();
    await page.waitForURL(`**${glossaryUrl()}#${id}`);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await context.close();
  });
});
