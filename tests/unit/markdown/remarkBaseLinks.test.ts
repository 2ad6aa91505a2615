import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { remarkBaseLinks } from '../../../src/markdown/remarkBaseLinks.ts';

/** The link and definition URLs of `markdown` after the plugin ran with `base`. */
function urls(markdown: string, base: string): string[] {
  const processor = unified().use(remarkParse).use(remarkBaseLinks, { base });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const out: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') out.push(node.url);
  });
  return out;
}

describe('remarkBaseLinks', () => {
  it('puts the base path in front of root-relative links and definitions', () => {
    expect(urls('[测款](/handbook/before-campaign/#test-products)', '/casebook/')).toEqual(['/casebook/handbook/before-campaign/#test-products']);
    expect(urls('[案例][c]\n\n[c]: /cases/', '/casebook/')).toEqual(['/casebook/cases/']);
  });

  it('leaves other links alone, and everything at the root of a host', () => {
    expect(urls('[a](#here) [b](https://example.org/a/) [c](//cdn.example.org/a) [d](relative/)', '/casebook/')).toEqual([
      '#here',
      'https://example.org/a/',
      '//cdn.example.org/a',
      'relative/',
    ]);
    expect(urls('[x](/cases/)', '/')).toEqual(['/cases/']);
  });
});
