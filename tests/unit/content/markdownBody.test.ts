import { describe, expect, it } from 'vitest';
import { isMdxComment, mdxOnlySyntax, parseMdx, withoutMdxComments } from '../../../src/lib/content/markdownBody.ts';

describe('withoutMdxComments', () => {
  it('removes a comment alone on its line with the line, and one inside a paragraph in place', () => {
    expect(withoutMdxComments('## 背景\n\n{/* 正文用自己的话写。 */}\n\n第一段{/* 旁注 */}。\n')).toBe('## 背景\n\n\n第一段。\n');
    expect(withoutMdxComments('{/* 只有说明 */}')).toBe('');
  });

  it('leaves a body without comments as it is, escaped braces and code included', () => {
    for (const body of ['第一段。\n', '价格 \\{ 不是表达式 \\}。\n', '代码 `{/* 不是注释 */}` 原样。\n']) expect(withoutMdxComments(body)).toBe(body);
  });
});

describe('mdxOnlySyntax', () => {
  it('finds components, import/export and expressions, not comments', () => {
    const tree = parseMdx('import A from "./a.ts"\n\n<A />\n\n{1 + 1}\n\n{/* 说明 */}\n\n文字 {x} 文字。\n');
    expect(mdxOnlySyntax(tree).map((n) => n.type)).toEqual(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxTextExpression']);
  });

  it('tells a comment from an expression', () => {
    expect(isMdxComment({ type: 'mdxFlowExpression', value: '/* 说明 */' })).toBe(true);
    expect(isMdxComment({ type: 'mdxTextExpression', value: ' // 说明\n' })).toBe(true);
    expect(isMdxComment({ type: 'mdxFlowExpression', value: '/* a */ 1' })).toBe(false);
    expect(isMdxComment({ type: 'mdxFlowExpression', value: '' })).toBe(false);
    expect(isMdxComment({ type: 'paragraph', value: '/* a */' })).toBe(false);
  });
});
