import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { remarkHandbookSections } from '../../../src/markdown/remarkHandbookSections.ts';
import { sectionUrl } from '../../../src/lib/urls.ts';

const chapterPath = '/site/content/handbook/before-campaign.mdx';

function run(markdown: string, path = chapterPath): Root {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkHandbookSections);
  const file = new VFile({ value: markdown, path });
  return processor.runSync(processor.parse(file), file) as Root;
}

type AnyNode = { type: string; name?: string; url?: string; value?: string; children?: AnyNode[]; data?: { hName?: string; hProperties?: Record<string, unknown> }; attributes?: { name: string; value: string }[] };

describe('remarkHandbookSections', () => {
  const tree = run('开头。\n\n## 按配合意愿筛选商家 :section{#screen-merchants}\n\n正文一。\n\n### 是什么\n\n正文二。\n\n## 用数据测款 :section{#test-products}\n\n正文三。\n') as unknown as AnyNode;
  const sections = tree.children!.filter((n) => n.data?.hName === 'section');

  it('wraps each ## and what follows it in a <section>, leaving the intro outside', () => {
    expect(tree.children![0]!.type).toBe('paragraph');
    expect(sections.map((s) => s.data!.hProperties!.dataSection)).toEqual(['screen-merchants', 'test-products']);
  });

  it('gives the heading the written id and makes its words a link to itself', () => {
    const heading = sections[0]!.children![0]!;
    expect(heading.type).toBe('heading');
    expect(heading.data!.hProperties!.id).toBe('screen-merchants');
    const link = heading.children![0]!;
    expect(link.type).toBe('link');
    expect(link.url).toBe('#screen-merchants');
    expect(link.children![0]!.value).toBe('按配合意愿筛选商家');
  });

  it('adds a 复制链接 link to the section’s own URL and a hidden share button', () => {
    const tools = sections[0]!.children![1]!;
    const [copy, share] = tools.children!;
    expect(copy!.data!.hName).toBe('a');
    expect(copy!.data!.hProperties!.href).toBe(sectionUrl('before-campaign', 'screen-merchants'));
    expect(copy!.children![0]!.value).toBe('复制链接');
    expect(share!.data!.hName).toBe('button');
    expect(share!.data!.hProperties!.hidden).toBe(true);
  });

  it('ends each section with the component that lists its cases', () => {
    const last = sections[1]!.children!.at(-1)!;
    expect(last.type).toBe('mdxJsxFlowElement');
    expect(last.name).toBe('PracticeCases');
    expect(last.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'id', value: 'test-products' }]);
  });

  it('fails a chapter with a ## heading without an id, naming file and line', () => {
    expect(() => run("## 没有id\n")).toThrow(/before-campaign\.mdx:1:1 › 正文：小节标题 "没有id" 没有 id.*has no id/);
  });

  it('fails a duplicate or malformed id', () => {
    expect(() => run('## 甲 :section{#a}\n\n## 乙 :section{#a}\n')).toThrow(/used twice/);
    expect(() => run('## 甲 :section{#Not_OK}\n')).toThrow(/kebab-case/);
  });

  it('leaves other documents’ ## headings alone', () => {
    const other = run('## 案例里的标题\n\n正文。\n', '/site/content/cases/x.mdx') as unknown as AnyNode;
    expect(other.children![0]!.type).toBe('heading');
    expect(other.children![0]!.data).toBeUndefined();
  });
});
