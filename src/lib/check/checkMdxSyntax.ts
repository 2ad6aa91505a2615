import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './contentProblem.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

/** Only these make MDX differ from Markdown, which always parses: skip the parse when a body has none. */
const mdxSyntax = /[{<]|^\s*(?:import|export)\s/m;

/** The folders whose `.mdx` bodies are rendered as Markdown (src/loaders/markdownBodyGlob.ts, src/content.config.ts). */
export const markdownBodyFolders = ['content/cases', 'content/providers', 'content/belts', 'content/sources'] as const;

/** Whether a file's body is rendered as Markdown, where MDX's own syntax would show as text. */
export function isMarkdownBody(file: string): boolean {
  const folder = file.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  return (markdownBodyFolders as readonly string[]).includes(folder);
}

/** MDX's own syntax in the syntax tree, by node type, as editors would call it. */
const mdxNodes: Record<string, { zh: string; en: string }> = {
  mdxJsxFlowElement: { zh: '组件或标签', en: 'a component or tag' },
  mdxJsxTextElement: { zh: '组件或标签', en: 'a component or tag' },
  mdxjsEsm: { zh: 'import / export 语句', en: 'an import or export' },
  mdxFlowExpression: { zh: '{ } 表达式', en: 'a {…} expression' },
  mdxTextExpression: { zh: '{ } 表达式', en: 'a {…} expression' },
};

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/**
 * An MDX body the build could not compile: an unclosed `{` or tag, a `<`
 * before a digit (“<100元”) … Parsed with the same MDX grammar the build
 * uses, at the file's own line and column. In a body rendered as Markdown
 * (cases, providers, belts, sources: `isMarkdownBody`), MDX's own syntax
 * (components, import and export, `{expressions}`) would show as text, so
 * each use is a problem at its place.
 */
export function checkMdxSyntax(file: string, body: string, bodyLine: number): ContentProblem[] {
  if (!mdxSyntax.test(body)) return [];
  let tree: Node;
  try {
    tree = parser.parse(body) as Node;
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
  if (!isMarkdownBody(file)) return [];
  const problems: ContentProblem[] = [];
  const visit = (node: Node) => {
    const kind = mdxNodes[node.type];
    if (kind) {
      const start = node.position?.start;
      problems.push({
        file,
        field: '正文',
        ...(start ? { line: start.line + bodyLine - 1, column: start.column } : {}),
        message: `这里的正文按 Markdown 排版，不能用 MDX 的${kind.zh}，否则会原样显示成文字；要写 { 或 < 本身，请写成 \\{ 或 &lt;`,
        gloss: `${kind.en} in a body rendered as Markdown`,
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
