import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** The project root and its built output. */
export const root = join(import.meta.dirname, '..', '..');
export const distDir = join(root, 'dist');

/** The built HTML of a URL path (`/cases/lexu-818/`). */
export function readPage(urlPath: string): string {
  const file = join(distDir, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
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

/** Every HTML file in dist/, as URL paths. */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(distDir, dir).split('\\').join('/')}${dir === distDir ? '' : '/'}`);
    }
  };
  walk(distDir);
  return out.sort();
}
