import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { root } from './root.ts';
import { base } from '../../src/lib/urls.ts';

/** The built site. */
export const distDir = join(root, 'dist');

/** The built site under test: dist/, or `$BELT_DIST` when the build was sent elsewhere. */
export const siteDir = process.env.BELT_DIST ? resolve(process.env.BELT_DIST) : distDir;

/**
 * Fails the suite that calls it, saying how to build, when there is no built
 * site: a suite that reads the site must never pass or skip without one.
 */
export function requireBuiltSite(): void {
  if (existsSync(join(siteDir, 'index.html'))) return;
  throw new Error(
    `this suite reads the built site, and ${relative(root, siteDir) || siteDir}/index.html does not exist: ` +
      'build it with `npm run build` (`npm test` builds it first unless BELT_SKIP_BUILD=1).',
  );
}

/**
 * The file in a built site that a URL path is served from: the path under
 * the site's base path (`/casebook/cases/x/` → `cases/x/index.html`), or
 * undefined for a path outside the base. Query and fragment are ignored.
 */
export function fileOfUrlPath(urlPath: string, dir = distDir, sitePath = base): string | undefined {
  const pathname = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  if (!pathname.startsWith(sitePath) && pathname !== sitePath.slice(0, -1)) return undefined;
  const inSite = pathname.slice(sitePath.length);
  return join(dir, inSite, inSite === '' || inSite.endsWith('/') ? 'index.html' : '');
}

/** The built HTML of a URL path (`/cases/lexu-818/`, base path included). */
export function readPage(urlPath: string): string {
  const file = fileOfUrlPath(urlPath);
  if (!file) throw new Error(`${urlPath} is outside the site's base path ${base}`);
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (looked for ${relative(root, file)})`);
  return readFileSync(file, 'utf8');
}

/** A built page as a DOM document. */
export function loadPage(urlPath: string): Document {
  return parseHTML(readPage(urlPath)).document as unknown as Document;
}

/** The visible text of a page's <main>, whitespace folded. */
export function mainText(doc: Document): string {
  return (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Every HTML file in dist/, as URL paths (base path included). */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`${base}${relative(distDir, dir).split('\\').join('/')}${dir === distDir ? '' : '/'}`);
    }
  };
  walk(distDir);
  return out.sort();
}
