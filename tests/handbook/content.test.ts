import { describe, expect, it } from 'vitest';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { checkReferences } from '../../src/lib/check/checkReferences.ts';
import { lookupRef } from '../../src/lib/content/datasetIndex.ts';
import { findFigureDirectives, findTypedNumbers } from '../../src/lib/content/findFigureDirectives.ts';
import { root } from '../support/dist.ts';

const handbook = readHandbook(root);
const { content } = checkProject(root);

describe('handbook prose follows the figure rules', () => {
  it('types no figure by hand: every number is a :fig or :date directive', () => {
    for (const chapter of handbook.chapters) {
      // Ordered-list markers (“1. ”) are Markdown, not figures.
      const body = chapter.body.replace(/^(\s*)\d+\.\s/gm, '$1- ');
      const typed = findTypedNumbers(body).map((t) => `line ${t.line + chapter.bodyLine - 1}: ${t.text}`);
      expect(typed, chapter.file).toEqual([]);
      expect(`${chapter.data.title}${chapter.data.description}`.replace(/818|618|双11|3C/g, ''), chapter.file).not.toMatch(/\d/);
    }
  });

  it('cites only figures and dates that exist', () => {
    for (const chapter of handbook.chapters) {
      for (const d of findFigureDirectives(chapter.body)) {
        const found = lookupRef(content.datasets, d.name, d.ref);
        const problem = 'error' in found ? found.error : undefined;
        expect(problem, `${chapter.file}:${d.line + chapter.bodyLine - 1} :${d.name}[${d.ref}]`).toBeUndefined();
      }
    }
  });

  it('cites the source article’s methodology figures somewhere in the handbook', () => {
    const refs = new Set(handbook.chapters.flatMap((c) => findFigureDirectives(c.body).map((d) => d.ref)));
    for (const ref of ['platform-818-2022/live-hours', 'belt-provider-programme/penetration-2021-end', 'gougoushou-guirenniao/tested-products', 'lexu-kadanlu/score-after', 'xiakehui-xuejiejie/day-gmv', 'tianxun-haoshu/gmv-818'])
      expect(refs.has(ref), ref).toBe(true);
  });
});

describe('practices tied to cases, from the cases’ frontmatter', () => {
  const sectionIds = new Set(handbook.chapters.flatMap((c) => c.sections.map((s) => s.id)));

  it('names only sections that exist', () => {
    for (const entry of content.cases.values())
      for (const id of entry.data.practices) expect(sectionIds.has(id), `${entry.file} › practices: ${id}`).toBe(true);
  });

  it('ties every case to at least one practice', () => {
    expect(content.cases.size).toBeGreaterThan(0);
    for (const entry of content.cases.values()) expect(entry.data.practices.length, entry.file).toBeGreaterThan(0);
  });

  it('reports an unknown practice id, naming the case file', () => {
    const problems = checkReferences(content, new Set(['only-this-one']));
    const problem = problems.find((p) => p.field.startsWith('practices['));
    expect(problem).toMatchObject({ file: expect.stringMatching(/^content\/cases\/.+\.mdx$/), message: expect.stringContaining('unknown handbook practice') });
  });
});
