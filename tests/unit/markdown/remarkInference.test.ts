import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkAdviceMarked, checkInferenceMarks } from '../../../src/lib/check/checkProvenance.ts';
import { remarkInference } from '../../../src/markdown/remarkInference.ts';

function html(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkInference);
  const tree = processor.runSync(processor.parse(markdown), new VFile({ path: '/x/content/handbook/a.mdx', value: markdown })) as Root;
  return toHtml(toHast(tree));
}

describe('remarkInference', () => {
  it('shows the mark 编者归纳 with its reason as text, as a paragraph or inside a sentence', () => {
    expect(html('::inference[本手册的建议]')).toBe(
      '<p class="provenance provenance--inference"><span class="badge badge--inference">编者归纳</span> <span class="provenance__reason">本手册的建议</span></p>',
    );
    expect(html('一句话 :inference[编者的理解]。')).toContain('<span class="provenance provenance--inference"><span class="badge badge--inference">编者归纳</span>');
  });

  it('fails on an empty reason, and the check reports it first with file and line', () => {
    expect(() => html('::inference[]')).toThrow(/a\.mdx:1 › ::inference\[\]/);
    expect(checkInferenceMarks([{ file: 'content/handbook/a.mdx', body: '正文\n::inference[]\n', line: 5 }])).toEqual([
      expect.objectContaining({ file: 'content/handbook/a.mdx', line: 6, field: '正文' }),
    ]);
  });
});

describe('checkAdviceMarked', () => {
  it('asks for an ::inference line under the handbook’s own advice headings, with file and line', () => {
    const body = ['### 怎么做', '', '::inference[本手册的建议]', '', '1. 步骤', '', '### 常见误区', '', '- 误区', '', '### 是什么', '', '正文'].join('\n');
    expect(checkAdviceMarked([{ file: 'content/handbook/a.mdx', body, line: 10 }])).toEqual([
      expect.objectContaining({ file: 'content/handbook/a.mdx', line: 16, field: '正文', message: expect.stringContaining('常见误区') }),
    ]);
  });
});
