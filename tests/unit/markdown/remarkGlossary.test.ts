import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Root, Link } from 'mdast';
import { remarkGlossary } from '../../../src/markdown/remarkGlossary.ts';
import { remarkFigures } from '../../../src/markdown/remarkFigures.ts';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { root } from '../../support/root.ts';
import { terms } from '../../fixtures/glossary/terms.ts';
import { dataIndexUrl, termUrl } from '../../../src/lib/urls.ts';

/** Runs the plugin the way the site does (directives, figures, then glossary) and returns the glossary links. */
function links(markdown: string, path = '/site/content/cases/x.mdx'): { term: string; text: string }[] {
  const datasets = checkProject(root).content.datasets;
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkFigures, { getIndex: () => datasets })
    .use(remarkGlossary, { getTerms: () => terms });
  const file = new VFile({ value: markdown, path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const out: { term: string; text: string }[] = [];
  const termPrefix = termUrl('');
  visit(tree, 'link', (node: Link) => {
    const isTerm = ((node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className ?? []).includes('gl-term');
    if (isTerm && node.url.startsWith(termPrefix)) out.push({ term: node.url.slice(termPrefix.length), text: (node.children[0] as { value: string }).value });
  });
  return out;
}

describe('remarkGlossary', () => {
  it('links the first mention of each term only', () => {
    expect(links('GMV 很高。GMV 又涨了。千川也用了,千川再用。')).toEqual([
      { term: 'gmv', text: 'GMV' },
      { term: 'qianchuan', text: '千川' },
    ]);
  });

  it('counts aliases as mentions: after 巨量千川, 千川 is not linked again', () => {
    expect(links('巨量千川是平台。后来都说千川。')).toEqual([{ term: 'qianchuan', text: '巨量千川' }]);
  });

  it('prefers the longest word where two start at the same place', () => {
    expect(links('乐栩擅长千川投流。')).toEqual([{ term: 'paid-traffic', text: '千川投流' }]);
  });

  it('does not link inside headings, and a mention there does not count', () => {
    expect(links('## GMV 的定义\n\n正文里的 GMV。')).toEqual([{ term: 'gmv', text: 'GMV' }]);
  });

  it('does not link inside links, and a mention there does not count', () => {
    expect(links(`见[GMV 说明](${dataIndexUrl()})。然后 GMV。`)).toEqual([{ term: 'gmv', text: 'GMV' }]);
  });

  it('does not link inside inline code or code blocks', () => {
    expect(links('`GMV` 是代码。\n\n```\nGMV\n```\n\n正文 GMV。')).toEqual([{ term: 'gmv', text: 'GMV' }]);
  });

  it('does not re-link a figure: the figure link stays as remarkFigures made it', () => {
    const datasets = checkProject(root).content.datasets;
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkFigures, { getIndex: () => datasets }).use(remarkGlossary, { getTerms: () => [{ id: 'yuan', matches: ['万元'] }] });
    const file = new VFile({ value: '当天成交:fig[xiakehui-xuejiejie/day-gmv]。', path: '/site/content/cases/x.mdx' });
    const tree = processor.runSync(processor.parse(file), file) as Root;
    let glossaryLinks = 0;
    visit(tree, 'link', () => void glossaryLinks++);
    expect(glossaryLinks).toBe(0);
  });

  it('matches Latin terms as whole words only, in any case', () => {
    expect(links('KAB 不是 KA。')).toEqual([{ term: 'ka', text: 'KA' }]);
    expect(links('减少sku。')).toEqual([{ term: 'sku', text: 'sku' }]);
    expect(links('KA商家。')).toEqual([{ term: 'ka', text: 'KA' }]);
  });

  it('starts afresh in each document', () => {
    expect(links('GMV。')).toHaveLength(1);
    expect(links('GMV。')).toHaveLength(1);
  });

  it('runs on cases and handbook chapters only', () => {
    expect(links('GMV。', '/site/content/handbook/a.mdx')).toHaveLength(1);
    expect(links('GMV。', '/site/content/providers/a.mdx')).toHaveLength(0);
  });

  it('follows a term that has a definition with a hidden popover: its first sentence and a link to the entry', () => {
    const processor = unified().use(remarkParse).use(remarkGlossary, { getTerms: () => terms });
    const file = new VFile({ value: '千川和GMV。', path: '/site/content/cases/x.mdx' });
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const paragraph = tree.children[0] as unknown as { children: Array<{ type: string; url?: string; data?: { hName?: string; hProperties?: Record<string, unknown> }; children?: unknown[] }> };
    const [link, pop] = paragraph.children;
    expect(link!.data!.hProperties).toMatchObject({ dataTerm: 'qianchuan', dataPopover: 'gl-pop-qianchuan' });
    expect(pop!.data).toMatchObject({ hName: 'span', hProperties: { id: 'gl-pop-qianchuan', popover: 'auto' } });
    const text = JSON.stringify(pop!.children);
    expect(text).toContain('巨量引擎的投放平台。');
    expect(text).not.toContain('用于买流量');
    expect(text).toContain(termUrl('qianchuan'));
    // GMV has no definition here: a plain link, no popover.
    const gmv = paragraph.children.find((n) => n.type === 'link' && n.url === termUrl('gmv'));
    expect(gmv!.data!.hProperties!.dataPopover).toBeUndefined();
  });
});
