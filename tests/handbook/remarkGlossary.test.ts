import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Root, Link } from 'mdast';
import { remarkGlossary } from '../../src/markdown/remarkGlossary.ts';
import { remarkFigures } from '../../src/markdown/remarkFigures.ts';
import { termMatcher } from '../../src/lib/glossary/termMatcher.ts';
import { readGlossary } from '../../src/lib/check/readGlossary.ts';
import { checkGlossary } from '../../src/lib/check/checkGlossary.ts';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { readHandbook } from '../../src/lib/check/readHandbook.ts';
import { dataIndexUrl, termUrl } from '../../src/lib/urls.ts';
import { root } from '../support/dist.ts';

const terms = [
  { id: 'qianchuan', matches: ['巨量千川', '千川'], definition: '巨量引擎的投放平台。用于买流量。' },
  { id: 'paid-traffic', matches: ['千川投流', '投流'] },
  { id: 'gmv', matches: ['GMV'] },
  { id: 'ka', matches: ['KA'] },
  { id: 'sku', matches: ['SKU'] },
];

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
    if (node.url.startsWith(termPrefix)) out.push({ term: node.url.slice(termPrefix.length), text: (node.children[0] as { value: string }).value });
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

  it('gives the link the definition’s first sentence as its title', () => {
    const processor = unified().use(remarkParse).use(remarkGlossary, { getTerms: () => terms });
    const file = new VFile({ value: '千川。', path: '/site/content/cases/x.mdx' });
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const found: Link[] = [];
    visit(tree, 'link', (n: Link) => void found.push(n));
    expect(found[0]!.title).toBe('巨量引擎的投放平台。');
  });
});

describe('termMatcher', () => {
  it('finds mentions left to right with offsets', () => {
    expect(termMatcher(terms)('用千川投流做GMV')).toEqual([
      { termId: 'paid-traffic', start: 1, end: 5, text: '千川投流' },
      { termId: 'gmv', start: 6, end: 9, text: 'GMV' },
    ]);
  });
});

describe('the glossary (content/glossary/terms.yaml)', () => {
  const glossary = checkGlossary(readGlossary(root));
  const ids = new Set(glossary.terms.map((t) => t.id));

  it('has no problems', () => {
    expect(glossary.problems).toEqual([]);
  });

  it('has the terms the issue asks for, each findable by its words', () => {
    const find = termMatcher(glossary.terms);
    const required = ['GMV', '千川', '巨量千川', '投流', '代投', '场观', 'UV价值', '客单价', '福袋', 'KA', '白牌', 'FACT', '冷启动', '起号', '测款', '陪跑伴教', '达人分销', '日不落直播', '货找人', '人找货', '内容场', '中心场', '环比', '同比', 'SKU', '云仓', '产业带', '服务商'];
    for (const word of required) expect(find(word).map((m) => m.text), word).toEqual([word]);
  });

  it('types no Arabic digits in definitions (figures come from datasets)', () => {
    for (const term of glossary.terms) expect(term.definition.replace(/818|618|双11/g, ''), term.id).not.toMatch(/\d/);
  });

  it('points only at handbook sections and terms that exist', () => {
    const sectionIds = new Set(readHandbook(root).chapters.flatMap((c) => c.sections.map((s) => s.id)));
    for (const term of glossary.terms) {
      for (const id of term.sections) expect(sectionIds.has(id), `${term.id}.sections: ${id}`).toBe(true);
      for (const id of term.related) expect(ids.has(id), `${term.id}.related: ${id}`).toBe(true);
    }
  });
});
