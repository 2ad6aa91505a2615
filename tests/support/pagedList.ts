/**
 * Walks a paginated list (`/cases/`, `/sources/` …) the way a reader without
 * JavaScript does, and holds it to the rules every list keeps.
 */
import { expect } from 'vitest';

/** The card links of a list, page after page, and how many pages it had. */
export interface WalkedList {
  links: string[];
  pages: number;
}

/**
 * Follows a list's rel="next" links from page 1 and checks each page on the
 * way: page n is at `urlOf(n)` (page 1 at the list's own address), shows at
 * most `perPage` items and none fewer than one unless it is a lone empty
 * page, links the page before it (rel="prev") and page 1, and its pager marks
 * it as the current page. `load` reads a page of the built site under test.
 */
export function walkPagedList(urlOf: (n: number) => string, load: (url: string) => Document, perPage: number, itemSelector = 'main .card-list .card h2 a'): WalkedList {
  const links: string[] = [];
  let pages = 0;
  for (let url: string | undefined = urlOf(1); url !== undefined; ) {
    const n = ++pages;
    const doc = load(url);
    const items = [...doc.querySelectorAll(itemSelector)].map((a) => a.getAttribute('href')!);
    expect(items.length, `${url} shows at most ${perPage} items`).toBeLessThanOrEqual(perPage);
    links.push(...items);
    const pager = doc.querySelector('nav.pager');
    const prev = pager?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? undefined;
    const next = pager?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
    expect(prev, `${url} links the page before it`).toBe(n === 1 ? undefined : urlOf(n - 1));
    if (n > 1 || next !== undefined) {
      expect(items.length, `${url} is not an empty page of a longer list`).toBeGreaterThan(0);
      expect(pager?.querySelector('[aria-current="page"]')?.textContent, `${url} says which page it is`).toBe(String(n));
    }
    if (n > 1) expect(pager?.querySelector(`a[href="${urlOf(1)}"]`), `${url} links page 1`).not.toBeNull();
    if (next !== undefined) expect(next, `${url} links the page after it`).toBe(urlOf(n + 1));
    url = next;
    expect(pages, 'the pager ends').toBeLessThan(10_000);
  }
  return { links, pages };
}
