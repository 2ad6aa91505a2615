/**
 * The handbook as built: both-way links between practices and cases, stable
 * section anchors, sharing controls, link-preview metadata, print pieces.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, loadPage, requireBuiltSite } from '../support/dist.ts';
import { root } from '../support/root.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { caseFacetUrl, caseUrl, chapterUrl, glossaryUrl, sectionUrl, staticFileUrl } from '../../src/lib/urls.ts';
import { listSizes } from '../../src/lib/lists/listSizes.ts';
import { editorialOrder } from '../../src/lib/lists/caseOrder.ts';
import { leadFigureRef } from '../../src/lib/content/caseFigures.ts';

requireBuiltSite();

const handbook = readHandbook(root);
const { content, glossary } = checkProject(root);
const chapterOf = new Map(handbook.chapters.flatMap((c) => c.sections.map((s) => [s.id, c.id] as const)));

describe('the built handbook', () => {
  it('renders every section with its written id, a heading that links to itself, and a 复制链接 link', () => {
    for (const chapter of handbook.chapters) {
      const doc = loadPage(chapterUrl(chapter.id));
      for (const section of chapter.sections) {
        const heading = doc.getElementById(section.id);
        expect(heading?.tagName, `${chapter.id}#${section.id}`).toBe('H2');
        expect(heading!.querySelector('a')!.getAttribute('href')).toBe(`#${section.id}`);
        const wrapper = doc.querySelector(`section[data-section="${section.id}"]`)!;
        const copy = wrapper.querySelector('[data-hb-copy]')!;
        expect(copy.tagName).toBe('A');
        expect(copy.getAttribute('href')).toBe(sectionUrl(chapter.id, section.id));
        expect(copy.textContent).toBe('复制链接');
        expect(wrapper.querySelector('[data-hb-share]')!.hasAttribute('hidden')).toBe(true);
      }
    }
  });

  it('lists in each practice section its strongest cases with their key figure, and links to all of them when there are more', () => {
    const practices = new Set([...content.cases.values()].flatMap((c) => c.data.practices));
    for (const id of practices) {
      const naming = [...content.cases.values()].filter((c) => c.data.practices.includes(id)).sort(editorialOrder);
      const doc = loadPage(chapterUrl(chapterOf.get(id)!));
      const section = doc.querySelector(`section[data-section="${id}"]`)!;
      const items = [...section.querySelectorAll('.hb-case')];
      expect(items.map((li) => li.querySelector('a')!.getAttribute('href')), id).toEqual(naming.slice(0, listSizes.practiceCases).map((c) => caseUrl(c.id)));
      items.forEach((item, i) => {
        const entry = naming[i]!;
        const lead = leadFigureRef(entry.data, content.providers.get(entry.data.provider)!.data.name, content.datasets);
        if (lead) expect(item.querySelector('.hb-case__figure-value')!.textContent).toMatch(/\d/);
        else expect(item.querySelector('.hb-case__figure-value')).toBeNull();
      });
      expect(section.querySelector(`a[href="${caseFacetUrl('practice', id)}"]`) !== null, `${id} links to all its cases`).toBe(naming.length > listSizes.practiceCases);
    }
  });

  it('links each case page to the sections it shows (PracticeLinks on the case page)', () => {
    for (const entry of content.cases.values()) {
      if (!entry.data.practices.length) continue;
      const doc = loadPage(caseUrl(entry.id));
      for (const id of entry.data.practices)
        expect(doc.querySelector(`a[href="${sectionUrl(chapterOf.get(id)!, id)}"]`), `${caseUrl(entry.id)} → ${id}`).not.toBeNull();
    }
  });

  it('gives chapters their own title, description and OpenGraph card', () => {
    for (const chapter of handbook.chapters) {
      const doc = loadPage(chapterUrl(chapter.id));
      expect(doc.querySelector('title')!.textContent).toContain(chapter.data.title);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(chapter.data.description);
      expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(chapter.data.title);
      expect(doc.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    }
  });

  it('has no inline scripts or styles (strict CSP) and loads the handbook script as a file', () => {
    const html = readFileSync(join(distDir, 'handbook', 'before-campaign', 'index.html'), 'utf8');
    const doc = loadPage(chapterUrl('before-campaign'));
    for (const script of doc.querySelectorAll('script')) expect(script.hasAttribute('src') || script.getAttribute('type') === 'application/ld+json').toBe(true);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(html).not.toMatch(/\sstyle="/);
    expect(doc.querySelector(`script[src="${staticFileUrl('scripts/handbook.js')}"]`)).not.toBeNull();
    expect(existsSync(join(distDir, 'scripts', 'handbook.js'))).toBe(true);
  });

  it('prints with a QR code (SVG, made at build) to the chapter’s online address', () => {
    const doc = loadPage(chapterUrl('stay-close'));
    const qr = doc.querySelector('.hb-qr svg')!;
    expect(qr.getAttribute('aria-label')).toMatch(new RegExp(`${chapterUrl('stay-close')}$`));
    expect(doc.querySelector('.hb-qr__url')!.textContent).toMatch(new RegExp(`^https?://.+${chapterUrl('stay-close')}$`));
    const css = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(distDir, '_astro', f), 'utf8')).join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    // Sections run on (no forced page per section); small blocks are kept whole instead.
    expect(css).not.toMatch(/break-before:\s*page/);
    expect(css).toMatch(/break-inside:\s*avoid/);
  });

  it('links the first mention of glossary terms in chapters, and every term has its anchor on /glossary/', () => {
    const page = loadPage(glossaryUrl());
    for (const term of glossary) expect(page.getElementById(term.id), term.id).not.toBeNull();
    const doc = loadPage(chapterUrl('before-campaign'));
    const links = [...doc.querySelectorAll('a.gl-term')].map((a) => a.getAttribute('data-term'));
    expect(links).toContain('product-testing');
    expect(new Set(links).size).toBe(links.length); // first mention only
    expect(doc.querySelector('h1 a.gl-term, h2 a.gl-term, h3 a.gl-term')).toBeNull();
  });
});
