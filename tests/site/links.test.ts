/**
 * Every internal link and #anchor in the built site resolves: for each page
 * in dist/, every <a href>, <link href>, <script src>, <img src> that stays
 * on the site must lead to a built file, and its fragment to an element with
 * that id on the target page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir, fileOfUrlPath, requireBuiltSite } from '../support/dist.ts';
import { base } from '../../src/lib/urls.ts';

requireBuiltSite();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The URL path a built file answers to: dist/a/b/index.html → /a/b/. */
function urlPathOf(file: string): string {
  const rel = relative(distDir, file).split('\\').join('/');
  return `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file for a URL path, or undefined when nothing answers it. */
function fileFor(pathname: string): string | undefined {
  const candidate = fileOfUrlPath(pathname);
  return candidate && existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    idCache.set(file, ids);
  }
  return ids;
}

describe('links in dist/', () => {
  const files = htmlFiles(distDir);
  const home = parseHTML(readFileSync(join(distDir, 'index.html'), 'utf8')).document;
  const canonical = home.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const site = new URL(canonical ?? process.env.SITE_URL ?? 'https://belt-casebook.example/');

  it('finds pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every internal link leads to a built file, and every #anchor to an element on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const pagePath = urlPathOf(file);
      const pageUrl = new URL(pagePath, site);
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const refs = [
        ...[...document.querySelectorAll('a[href], link[href], area[href]')].map((el) => el.getAttribute('href')!),
        ...[...document.querySelectorAll('script[src], img[src], iframe[src], source[src]')].map((el) => el.getAttribute('src')!),
      ];
      for (const raw of refs) {
        const ref = raw.trim();
        if (/^javascript:/i.test(ref)) {
          broken.push(`${pagePath}: javascript: URL "${ref}"`);
          continue;
        }
        if (ref === '' || ref === '#' || /^(mailto|tel|data|sms):/i.test(ref)) continue;
        let url: URL;
        try {
          url = new URL(ref, pageUrl);
        } catch {
          broken.push(`${pagePath}: unparsable URL "${ref}"`);
          continue;
        }
        if (url.origin !== site.origin) continue; // external: not ours to check offline
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          const hint = !url.pathname.endsWith('/') && fileFor(`${url.pathname}/`) ? ' (missing trailing slash)' : '';
          broken.push(`${pagePath}: "${ref}" → no file for ${url.pathname}${hint}`);
          continue;
        }
        const hash = url.hash.slice(1);
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash)))
          broken.push(`${pagePath}: "${ref}" → ${url.pathname} has no element with id "${decodeURIComponent(hash)}"`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken, `${broken.length} broken link(s):\n${broken.join('\n')}`).toEqual([]);
  });
});
