import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Bodies of `.mdx` files that are rendered as Markdown (cases, providers,
 * belts, sources: src/loaders/markdownBodyGlob.ts). They are still MDX to
 * the editor and the check: valid MDX, with `{/* … *\/}` comments for notes
 * readers do not see, but none of MDX's own syntax, which Markdown would
 * show as text.
 */

/** The folders whose `.mdx` bodies are rendered as Markdown (src/content.config.ts uses `markdownBodyGlob` for exactly these). */
export const markdownBodyFolders = ['content/cases', 'content/providers', 'content/belts', 'content/sources'] as const;

/** Whether a file (relative to the project) has its body rendered as Markdown. */
export function isMarkdownBody(file: string): boolean {
  const folder = file.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  return (markdownBodyFolders as readonly string[]).includes(folder);
}

/** A node of the MDX syntax tree, as far as these functions read it. */
export interface MdxNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
  children?: MdxNode[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

/** Only these make MDX differ from Markdown: a body without any parses the same either way. */
export const mdxSyntax = /[{<]|^\s*(?:import|export)\s/m;

/** The body's MDX syntax tree; throws MDX's own error (with line and column) when it is not valid MDX. */
export function parseMdx(body: string): MdxNode {
  return parser.parse(body) as MdxNode;
}

const expressionTypes = new Set(['mdxFlowExpression', 'mdxTextExpression']);

/** `{/* … *\/}`: an expression holding nothing but comments, which MDX renders as nothing. */
export function isMdxComment(node: MdxNode): boolean {
  if (!expressionTypes.has(node.type)) return false;
  const rest = (node.value ?? '').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  return rest.trim() === '' && (node.value ?? '').trim() !== '';
}

/** MDX's own syntax that Markdown would show as text, by node type, as editors would call it. */
export const mdxOnlyNodes: Readonly<Record<string, { zh: string; en: string }>> = {
  mdxJsxFlowElement: { zh: '组件或标签', en: 'a component or tag' },
  mdxJsxTextElement: { zh: '组件或标签', en: 'a component or tag' },
  mdxjsEsm: { zh: 'import / export 语句', en: 'an import or export' },
  mdxFlowExpression: { zh: '{ } 表达式', en: 'a {…} expression' },
  mdxTextExpression: { zh: '{ } 表达式', en: 'a {…} expression' },
};

/** Every use of MDX's own syntax in a tree, outermost first; comments are not one. */
export function mdxOnlySyntax(tree: MdxNode): MdxNode[] {
  const found: MdxNode[] = [];
  const visit = (node: MdxNode) => {
    if (node.type in mdxOnlyNodes && !isMdxComment(node)) found.push(node);
    else node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/**
 * The body as Markdown renders it the way MDX did: `{/* … *\/}` comments
 * removed (a comment alone on its line takes the line with it). The body
 * must be valid MDX (`parseMdx`); one without comments is returned as it is.
 */
export function withoutMdxComments(body: string): string {
  if (!body.includes('{')) return body;
  const comments: [number, number][] = [];
  const visit = (node: MdxNode) => {
    if (isMdxComment(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) comments.push([start, end]);
    } else node.children?.forEach(visit);
  };
  visit(parseMdx(body));
  let out = body;
  for (const [start, end] of comments.reverse()) {
    const lineStart = out.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = out.indexOf('\n', end);
    const alone = out.slice(lineStart, start).trim() === '' && out.slice(end, lineEnd < 0 ? out.length : lineEnd).trim() === '';
    out = alone ? out.slice(0, lineStart) + out.slice(lineEnd < 0 ? out.length : lineEnd + 1) : out.slice(0, start) + out.slice(end);
  }
  return out;
}
