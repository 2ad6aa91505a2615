import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../src/lib/handbook/parseSections.ts';

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
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining(':section{#'), gloss: expect.stringContaining('has no id') }]);
  });

  it('rejects non-ASCII, upper-case and duplicate ids', () => {
    expect(parseSections('## 甲 :section{#筛选}\n').problems[0]!.gloss).toMatch(/kebab-case/);
    expect(parseSections('## 甲 :section{#Screen}\n').problems[0]!.gloss).toMatch(/kebab-case/);
    expect(parseSections('## 甲 :section{#a}\n\n## 乙 :section{#a}\n').problems[0]).toEqual({ line: 3, message: expect.stringContaining('用了两次'), gloss: expect.stringMatching(/used twice/) });
  });

  it('ignores ### headings and headings inside fenced code', () => {
    const { sections, problems } = parseSections('## 甲 :section{#a}\n\n### 是什么\n\n```md\n## 代码里的标题\n```\n');
    expect(problems).toEqual([]);
    expect(sections.map((s) => s.id)).toEqual(['a']);
  });
});
