/**
 * The pages the browser suites visit: every URL in the built sitemap
 * (@astrojs/sitemap output), mapped from the public address to a local path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrlPath, siteDir } from './dist.ts';
import { base } from '../../src/lib/urls.ts';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** URL paths (`/cases/lexu-818/`) of every page the sitemap lists, sorted. */
export function sitemapPaths(dir = siteDir): string[] {
  const index = join(dir, 'sitemap-index.xml');
  const files = existsSync(index)
    ? locs(readFileSync(index, 'utf8')).map((loc) => fileOfUrlPath(new URL(loc).pathname, dir) ?? `${loc} (outside the base path ${base})`)
    : [join(dir, 'sitemap-0.xml')];
  const paths = new Set<string>();
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`the sitemap lists ${file}, which was not built`);
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.add(decodeURI(new URL(loc).pathname));
  }
  if (paths.size === 0) throw new Error(`no pages in the sitemap under ${dir}`);
  return [...paths].sort();
}

/**
 * The sitemap's pages whose built HTML contains `marker` (a class or attribute
 * a feature writes), sorted: the pages a browser suite can try that feature on,
 * whatever the content is.
 */
export function sitemapPathsContaining(marker: string, dir = siteDir): string[] {
  return sitemapPaths(dir).filter((p) => readFileSync(join(dir, p, 'index.html'), 'utf8').includes(marker));
}

/** Every `index.html` under the site, as URL paths, sorted. */
export function builtPages(dir = siteDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${base}${f.slice(0, -'index.html'.length)}`)
    .sort();
}
