import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHandbook } from '../../../src/lib/check/readHandbook.ts';
import { readAllowedNumberWords } from '../../../src/lib/check/readAllowedNumberWords.ts';
import { findFigureDirectives } from '../../../src/lib/content/findFigureDirectives.ts';
import { findTypedNumbersInText } from '../../../src/lib/content/typedNumbers.ts';
import { root } from '../../support/root.ts';

describe('the handbook on disk', () => {
  const handbook = readHandbook(root);

  it('has no problems (frontmatter, ids, registry file)', () => {
    expect(handbook.problems).toEqual([]);
  });

  it('has the chapters the issue asks for, each with sections', () => {
    expect(handbook.chapters.map((c) => c.id)).toEqual([
      'four-fields',
      'provider-role',
      'before-campaign',
      'stay-close',
      'belt-pains',
      'mutual-benefit',
      'position-and-abilities',
      'long-term-partnership',
      'platform-support',
    ]);
    for (const chapter of handbook.chapters) expect(chapter.sections.length, chapter.file).toBeGreaterThan(0);
  });

  it('gives every section id once across the whole handbook', () => {
    const ids = handbook.chapters.flatMap((c) => c.sections.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every practice section with what, why, steps and pitfalls', () => {
    const practiceChapters = ['before-campaign', 'stay-close', 'belt-pains', 'mutual-benefit', 'position-and-abilities', 'long-term-partnership'];
    for (const chapter of handbook.chapters.filter((c) => practiceChapters.includes(c.id))) {
      const parts = chapter.body.split(/^## /m).slice(1);
      parts.forEach((part, i) => {
        const where = `${chapter.file} › ${chapter.sections[i]!.id}`;
        expect(part, where).toMatch(/^### 是什么$/m);
        expect(part, where).toMatch(/^### 为什么(有效|重要)$/m);
        expect(part, where).toMatch(/^### 怎么做$/m);
        expect(part, where).toMatch(/^### 常见误区$/m);
        expect(part, where).toMatch(/^1\. /m);
      });
    }
  });

  it('names the section id in the source text, next to its heading', () => {
    const text = readFileSync(join(root, 'content/handbook/before-campaign.mdx'), 'utf8');
    expect(text).toContain('## 按配合意愿筛选商家 :section{#screen-merchants}');
  });

  // Chapter bodies, titles and descriptions are checkProject's job too (checkTypedNumbers), and
  // checkProject.test.ts asserts the real content passes it; this reads them with the same word list.
  it('types no figure by hand in chapter titles and descriptions', () => {
    const allowed = readAllowedNumberWords(root).words;
    for (const chapter of handbook.chapters)
      for (const field of [chapter.data.title, chapter.data.description])
        expect(findTypedNumbersInText(field, { allowed, allowDates: true }), chapter.file).toEqual([]);
  });

  it('cites the source article’s methodology figures somewhere in the handbook', () => {
    const refs = new Set(handbook.chapters.flatMap((c) => findFigureDirectives(c.body).map((d) => d.ref)));
    for (const ref of ['platform-818-2022/live-hours', 'belt-provider-programme/penetration-2021-end', 'gougoushou-guirenniao/tested-products', 'lexu-kadanlu/score-after', 'xiakehui-xuejiejie/day-gmv', 'tianxun-haoshu/gmv-818'])
      expect(refs.has(ref), ref).toBe(true);
  });
});
