/**
 * With JavaScript off, a case page still shows everything a reader needs: its
 * charts (inline SVG or HTML, drawn at build time), their data tables and the
 * links to download the datasets behind them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { watchPage } from '../support/inspect.ts';

requireBuiltSite();
import { caseIndexUrl } from '../../src/lib/urls.ts';

const casePaths = sitemapPaths().filter((p) => new RegExp(`^${caseIndexUrl()}[^/]+/$`).test(p));

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let chartsSeen = 0;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir, { csp: true })]);
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface FigureReport {
  label: string;
  drawn: boolean;
  tables: number;
  tablesReadable: number;
  csv: number;
  json: number;
}

describe('case pages with JavaScript disabled', () => {
  it('there are case pages in the sitemap', () => {
    expect(casePaths.length).toBeGreaterThan(0);
  });

  it.each(casePaths)('%s shows its charts, tables and downloads', async (path) => {
    const page = await context.newPage();
    const watched = watchPage(page);
    try {
      expect((await page.goto(server.origin + path))?.status()).toBe(200);
      const report = await page.evaluate(() => {
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        // A table inside a closed <details> is one click away, which needs no script.
        const readable = (t: Element) => shown(t) || !!t.closest('details');
        // A chart is a figure with an inline SVG, or one marked as a chart (big-number tiles are HTML).
        const figures = [...document.querySelectorAll('main figure:has(svg), main figure[data-chart-type]')];
        return {
          figures: figures.map((f) => {
            const links = [...f.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href).pathname);
            const graphic = f.querySelector('svg') ?? f.querySelector('figcaption ~ :not(details, ul, p)') ?? f;
            return {
              label: (f.querySelector('figcaption, h3, h4')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
              drawn: shown(graphic) && graphic.getBoundingClientRect().height > 50,
              tables: f.querySelectorAll('table').length,
              tablesReadable: [...f.querySelectorAll('table')].filter(readable).length,
              csv: links.filter((l) => /^\/data\/[^/]+\.csv$/.test(l)).length,
              json: links.filter((l) => /^\/data\/[^/]+\.json$/.test(l)).length,
            } satisfies FigureReport;
          }),
          downloads: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
            .filter((a) => /^\/data\/[^/]+\.(csv|json)$/.test(new URL(a.href).pathname) && shown(a)).length,
        };
      });
      const problems: string[] = [];
      chartsSeen += report.figures.length;
      for (const f of report.figures) {
        if (!f.drawn) problems.push(`chart «${f.label}» is not drawn without JavaScript`);
        if (f.tables === 0) problems.push(`chart «${f.label}» has no data table`);
        else if (f.tablesReadable < f.tables) problems.push(`chart «${f.label}»: its table is hidden`);
        if (f.csv === 0 || f.json === 0) problems.push(`chart «${f.label}» has no CSV and JSON download`);
      }
      if (report.downloads === 0) problems.push('no visible link to download a dataset (CSV or JSON)');
      problems.push(...watched.problems);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('found charts to check at all', () => {
    expect(chartsSeen).toBeGreaterThan(0);
  });
});
