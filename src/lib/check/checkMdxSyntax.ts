import { isMarkdownBody, mdxOnlyNodes, mdxOnlySyntax, mdxSyntax, parseMdx, type MdxNode } from '../content/markdownBody.ts';
import type { ContentProblem } from './contentProblem.ts';

/**
 * An MDX body the build could not compile: an unclosed `{` or tag, a `<`
 * before a digit (“<100元”) … Parsed with the same MDX grammar the build
 * uses, at the file's own line and column. In a body rendered as Markdown
 * (cases, providers, belts, sources: `isMarkdownBody`), MDX's own syntax
 * (components, import and export, `{expressions}`; `{/* comments *\/}` are
 * fine) would show as text, so each use is a problem at its place.
 */
export function checkMdxSyntax(file: string, body: string, bodyLine: number, markdown = isMarkdownBody(file)): ContentProblem[] {
  if (!mdxSyntax.test(body)) return [];
  let tree: MdxNode;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = error as { message?: string; line?: number; column?: number };
    const gloss = (place.message ?? String(error)).split('\n')[0]!;
    return [
      {
        file,
        field: '正文',
        ...(place.line ? { line: place.line + bodyLine - 1, column: place.column ?? 1 } : {}),
        message: '正文不是合法的 MDX：{ } 和 < > 在 MDX 里有特殊含义；要写这些字符本身，请写成 \\{ 或 &lt;，标签要成对闭合',
        gloss: `invalid MDX: ${gloss}`,
      },
    ];
  }
  if (!markdown) return [];
  return mdxOnlySyntax(tree).map((node) => {
    const kind = mdxOnlyNodes[node.type]!;
    const start = node.position?.start;
    return {
      file,
      field: '正文',
      ...(start ? { line: start.line + bodyLine - 1, column: start.column } : {}),
      message: `这里的正文按 Markdown 排版，不能用 MDX 的${kind.zh}，否则会原样显示成文字；要写 { 或 < 本身，请写成 \\{ 或 &lt;`,
      gloss: `${kind.en} in a body rendered as Markdown`,
    };
  });
}
