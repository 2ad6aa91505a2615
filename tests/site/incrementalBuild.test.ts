/**
 * The incremental build renders what changed and restores the rest without a
 * stale page. A copy of the project is built, then one case's MDX body and
 * another case's title are edited and it is built again:
 *
 * - of the pages that carry a cache key, exactly those whose output changed
 *   are rendered again (the body edit renders its own page, not the lists
 *   that show the case's card);
 * - every page that linked the retitled case by its title, keyed or not,
 *   now shows the new title, and none the old one;
 * - a glossary definition edited: every body that showed the term's
 *   definition shows the new one (case bodies are rendered while content
 *   syncs and kept between builds: their digest covers the terms they
 *   mention, src/loaders/markdownBodyGlob.ts).
 *
 * Which pages were rendered comes from Astro's build log (`(restored)` marks
 * a page copied from the last build) and its cache manifest (the keyed pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { caseUrl } from '../../src/lib/urls.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';

interface Build {
  status: number | null;
  log: string;
  /** Every file of dist/, by path inside it. */
  files: Map<string, Buffer>;
  /** Log paths (`/cases/x/index.html`) of the pages Astro rendered rather than restored. */
  rendered: Set<string>;
  /** Keyed pages from Astro's cache manifest: log path → output file inside dist/. */
  keyed: Map<string, string>;
}

let project: FixtureProject;
let first: Build;
let second: Build;
let bodyEdited: string;
let retitled: string;
let oldTitle: string;
const newTitle = '改过标题的案例';
const addedParagraph = '这一段是增量构建测试在正文末尾加上的。';
const newDefinition = '这是增量构建测试改写的释义第一句。';
/** A glossary term whose definition a case body showed in the first build, and the pages that showed it. */
let defined: { term: string; pages: string[] } | undefined;

/** Case pages (by file) whose body shows the popover definition of glossary term `term` (every term when none is given). */
function termPages(b: Build, term?: string): { term: string; page: string }[] {
  return [...b.files]
    .filter(([file]) => /^cases\/[^/]+\/index\.html$/.test(file))
    .flatMap(([page, html]) => [...parseHTML(html.toString('utf8')).document.querySelectorAll('.gl-term[data-term][data-popover]')].map((el) => ({ term: el.getAttribute('data-term')!, page })))
    .filter((found) => term === undefined || found.term === term);
}

function build(): Build {
  const run = project.build();
  const log = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const dist = join(project.dir, 'dist');
  const files = new Map<string, Buffer>();
  if (run.status === 0)
    for (const d of readdirSync(dist, { recursive: true, withFileTypes: true }))
      if (d.isFile()) files.set(join(d.parentPath, d.name).slice(dist.length + 1), readFileSync(join(d.parentPath, d.name)));
  // Astro logs `├─ <path>` before a page renders and its time (`(+12ms)`) after; pages
  // restored from the cache are followed at once by `(restored)` or `(cached)`. Two
  // pages render at a time (build.concurrency), so another page's line can come in between.
  const rendered = new Set(
    [...log.matchAll(/├─ (\/[^\s(]*?)(?=\d{2}:\d{2}:\d{2}|\s|$)( \((?:restored|cached)\))?/g)].filter((m) => !m[2]).map((m) => m[1]!),
  );
  const manifest = JSON.parse(readFileSync(join(project.dir, '.cache/astro/incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  const keyed = new Map(Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => [`/${decodeURI(p.outputFile)}`, decodeURI(p.outputFile)] as const)));
  return { status: run.status, log, files, rendered, keyed };
}

/** HTML pages (by file) holding a link to `href` whose text is `text`. */
function pagesLinking(b: Build, href: string, text: string): string[] {
  return [...b.files]
    .filter(([file]) => file.endsWith('.html'))
    .filter(([, html]) => {
      const { document } = parseHTML(html.toString('utf8'));
      return [...document.querySelectorAll(`a[href="${href}"]`)].some((a) => a.textContent?.trim() === text);
    })
    .map(([file]) => file)
    .sort();
}

describe('incremental build: one case’s body and another’s title edited', () => {
  beforeAll(() => {
    project = fixtureProject();
    const { content } = checkProject(project.dir);
    const ids = [...content.cases.keys()].sort();
    bodyEdited = ids[0]!;
    retitled = ids.at(-1)!;
    oldTitle = content.cases.get(retitled)!.data.title;
    first = build();
    const term = termPages(first)[0]?.term;
    if (term) {
      defined = { term, pages: [...new Set(termPages(first, term).map((p) => p.page))].sort() };
      project.edit('content/glossary/terms.yaml', (text) => text.replace(new RegExp(`(- id: ${term}\\n[\\s\\S]*?definition: >-\\n\\s+)`), `$1${newDefinition}`));
    }
    project.edit(`content/cases/${bodyEdited}.mdx`, (text) => `${text.trimEnd()}\n\n${addedParagraph}\n`);
    project.edit(`content/cases/${retitled}.mdx`, (text) => text.replace(/^title:.*$/m, `title: ${JSON.stringify(newTitle)}`));
    second = build();
  }, 600_000);
  afterAll(() => project?.remove());

  it('builds both times, the second time restoring most keyed pages', () => {
    expect(first.status, first.log).toBe(0);
    expect(second.status, second.log).toBe(0);
    expect(bodyEdited).not.toBe(retitled);
    const restored = [...second.keyed.keys()].filter((page) => !second.rendered.has(page));
    expect(restored.length).toBeGreaterThan(second.keyed.size / 2);
  });

  it('renders a keyed page again exactly when its output changed', () => {
    const changed = [...second.keyed].filter(([, file]) => !first.files.get(file)?.equals(second.files.get(file)!)).map(([page]) => page);
    const rendered = [...second.keyed.keys()].filter((page) => second.rendered.has(page));
    expect(rendered.sort()).toEqual(changed.sort());
    const page = `${caseUrl(bodyEdited)}index.html`;
    expect(rendered).toContain(page);
    expect(second.files.get(page.slice(1))!.toString('utf8')).toContain(addedParagraph);
  });

  it('shows the new title wherever the old one linked the case, keyed page or not', () => {
    const before = pagesLinking(first, caseUrl(retitled), oldTitle);
    // At least the case index and the case's facet pages.
    expect(before.length).toBeGreaterThan(2);
    expect(pagesLinking(second, caseUrl(retitled), oldTitle)).toEqual([]);
    expect(pagesLinking(second, caseUrl(retitled), newTitle)).toEqual(before);
    const { document } = parseHTML(second.files.get(`${caseUrl(retitled).slice(1)}index.html`)!.toString('utf8'));
    expect(document.querySelector('h1')?.textContent).toBe(newTitle);
    const feedTitles = (b: Build, title: string) => b.files.get('rss.xml')!.toString('utf8').split(`<title>${title}</title>`).length - 1;
    expect(feedTitles(second, oldTitle)).toBe(0);
    expect(feedTitles(second, newTitle)).toBe(feedTitles(first, oldTitle));
  });

  it('shows an edited glossary definition in every case body that showed the term, with no old copy kept', () => {
    expect(defined, 'no case body shows a glossary definition: the content has no term to edit').toBeDefined();
    const { term, pages } = defined!;
    for (const page of pages) {
      const { document } = parseHTML(second.files.get(page)!.toString('utf8'));
      const popover = document.getElementById(document.querySelector(`.gl-term[data-term="${term}"]`)!.getAttribute('data-popover')!);
      expect(popover?.textContent, page).toContain(newDefinition);
    }
  });
});
