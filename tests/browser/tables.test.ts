/**
 * Tables on a phone: at 390 px (and 320 px, a 1280 px screen at 400 % zoom)
 * no number or Latin word in a table cell (2022, 1450万's digits, CSV, JSON,
 * 2022-08-14) is split across two lines, and no cell is squeezed so narrow
 * that Chinese words break apart (下/载, 2022/年/818/当周): a Chinese word,
 * found the way Chromium segments Chinese (Intl.Segmenter), may wrap only in a
 * cell at least 7 em wide, as running Chinese text wraps between characters.
 * A word whose text range has boxes on two lines was broken. Chart data tables
 * sit in closed <details>: they are opened first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';

requireBuiltSite();
const withTables = sitemapPaths().filter((p) => /<table[\s>]/.test(readFileSync(join(siteDir, p, 'index.html'), 'utf8')));

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Words (two characters or more) of table cells whose text runs onto a second line. */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const problems: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main table th, main table td, main table caption')) {
      // Not shown, or only to screen readers (a visually hidden header row of a card table).
      if (!cell.checkVisibility() || (cell.parentElement?.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (!node.parentElement?.checkVisibility()) continue;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const at = (offset: number): [Text, number] => {
        let found = nodes[0]!;
        for (const n of nodes) if (n.start <= offset) found = n;
        return [found.node, Math.min(offset - found.start, found.node.data.length)];
      };
      const style = getComputedStyle(cell);
      const fontSize = parseFloat(style.fontSize);
      const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const squeezed = width < 7 * fontSize;
      const words: { index: number; segment: string }[] = [...text.matchAll(/[A-Za-z0-9](?:[A-Za-z0-9.%+:\/-]*[A-Za-z0-9%])?/g)].map((m) => ({ index: m.index, segment: m[0] }));
      if (squeezed) for (const s of segmenter.segment(text)) if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) words.push(s);
      for (const s of words) {
        if ([...s.segment].length < 2) continue;
        const range = document.createRange();
        range.setStart(...at(s.index));
        range.setEnd(...at(s.index + s.segment.length));
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
        const lines: number[] = [];
        for (const r of rects) if (!lines.some((top) => Math.abs(top - r.top) < r.height / 2)) lines.push(r.top);
        if (lines.length > 1) problems.push(`“${s.segment}” split over ${lines.length} lines in a ${Math.round(width / fontSize)} em ${cell.tagName.toLowerCase()} «${text.trim().slice(0, 40)}»`);
      }
    }
    return problems;
  });
}

describe('tables on a phone', () => {
  it('finds pages with tables', () => {
    expect(withTables.length).toBeGreaterThan(0);
  });
  it.each(withTables)('%s: no word or number breaks inside a table cell at 390 and 320 px', async (path) => {
    const problems: string[] = [];
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(server.origin + path);
      problems.push(...(await brokenWords(page)).map((p) => `${width} px: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
