import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './contentProblem.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

/** Only these make MDX differ from Markdown, which always parses: skip the parse when a body has none. */
const mdxSyntax = /[{<]|^\s*(?:import|export)\s/m;

/**
 * An MDX body the build could not compile: an unclosed `{` or tag, a `<`
 * before a digit (“<100元”) … Parsed with the same MDX grammar the build
 * uses, at the file's own line and column.
 */
export function checkMdxSyntax(file: string, body: string, bodyLine: number): ContentProblem[] {
  if (!mdxSyntax.test(body)) return [];
  try {
    parser.parse(body);
    return [];
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
}
