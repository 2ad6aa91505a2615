import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSections } from '../../src/lib/handbook/parseSections.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { practiceIdsOf } from '../../src/lib/check/checkProject.ts';
import { root } from '../support/dist.ts';

describe('parseSections: explicit section ids', () => {
  it('reads the id from the marker, not from the words', () => {
    const { sections, problems } = parseSections('intro\n\n## 按配合意愿筛选商家 :section{#screen-merchants}\n\ntext\n');
    expect(problems).toEqual([]);
    expect(sections).toEqual([{ id: 'screen-merchants', title: '按配合意愿筛选商家', line: 3 }]);
  });

  it('keeps the id when the heading is reworded', () => {
    const before = parseSections('## 提前筛选商家 :section{#screen-merchants}\n').sections[0];
    const after = parseSections('## 大促前，按配合意愿挑商家 :section{#screen-merchants}\n').sections[0];
    expect(after!.id).toBe(before!.id);
    expect(after!.title).not.toBe(before!.title);
  });

  it('rejects a ## heading without an id, naming its line', () => {
    const { problems } = parseSections('text\n\n## 没有id的小节\n');
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining(':section{#') }]);
  });

  it('rejects non-ASCII, upper-case and duplicate ids', () => {
    expect(parseSections('## 甲 :section{#筛选}\n').problems[0]!.message).toMatch(/kebab-case/);
    expect(parseSections('## 甲 :section{#Screen}\n').problems[0]!.message).toMatch(/kebab-case/);
    expect(parseSections('## 甲 :section{#a}\n\n## 乙 :section{#a}\n').problems[0]).toEqual({ line: 3, message: expect.stringMatching(/used twice/) });
  });

  it('ignores ### headings and headings inside fenced code', () => {
    const { sections, problems } = parseSections('## 甲 :section{#a}\n\n### 是什么\n\n```md\n## 代码里的标题\n```\n');
    expect(problems).toEqual([]);
    expect(sections.map((s) => s.id)).toEqual(['a']);
  });
});

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

  it('gives practiceIdsOf exactly the section ids', () => {
    const ids = practiceIdsOf(handbook);
    expect([...ids].sort()).toEqual(handbook.chapters.flatMap((c) => c.sections.map((s) => s.id)).sort());
    expect(ids.has('screen-merchants')).toBe(true);
  });

  it('names the section id in the source text, next to its heading', () => {
    const text = readFileSync(join(root, 'content/handbook/before-campaign.mdx'), 'utf8');
    expect(text).toContain('## 按配合意愿筛选商家 :section{#screen-merchants}');
  });
});
