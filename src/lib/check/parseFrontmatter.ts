import { parse as parseYaml, YAMLParseError } from 'yaml';

/** An MDX file split into its YAML frontmatter and its body. */
export interface ParsedDocument {
  data: unknown;
  body: string;
  /** 1-based line where the body starts, for messages about the body. */
  bodyLine: number;
}

/** Thrown when a file has no frontmatter or its YAML does not parse; says where, once, in the file's own lines. */
export class FrontmatterError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** English gloss of the message. */
  readonly gloss: string;
  /** The body, when the frontmatter fences were found: it can still be checked. */
  readonly rest: Omit<ParsedDocument, 'data'> | undefined;
  /** The top-level field the broken line belongs to, when there is one. */
  readonly field: string;
  constructor(message: string, gloss: string, where: { line?: number; column?: number; rest?: Omit<ParsedDocument, 'data'>; field?: string } = {}) {
    super(message);
    this.gloss = gloss;
    this.line = where.line;
    this.column = where.column;
    this.rest = where.rest;
    this.field = where.field ?? '';
  }
}

/** The `---`-fenced frontmatter of a file: its YAML, the file line it starts on, and the body after it. */
export function frontmatterBlock(text: string): { yaml: string; firstLine: number; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1]!, firstLine: 2, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Splits `---`-fenced YAML frontmatter from an MDX or Markdown file. */
export function parseFrontmatter(source: string): ParsedDocument {
  const text = source.replace(/^\uFEFF/, '');
  const block = frontmatterBlock(text);
  if (!block) throw new FrontmatterError('文件开头应是两行 "---" 之间的 frontmatter', 'expected the file to start with frontmatter between two "---" lines', { line: 1, column: 1 });
  const rest = { body: block.body, bodyLine: block.bodyLine };
  let data: unknown;
  try {
    data = parseYaml(block.yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const { message, gloss, line, column } = yamlErrorWords(error);
    const field = line === undefined ? '' : fieldAtLine(block.yaml, line);
    throw new FrontmatterError(message, gloss, { ...(line === undefined ? {} : { line: line + block.firstLine - 1, column }), rest, field });
  }
  return { data: data ?? {}, ...rest };
}

/**
 * A YAML syntax error in the editor's words: what is wrong in Chinese, the
 * parser's own sentence as the gloss (without its “at line …”, so the message
 * carries one line number: the caller's, counted in the file), and where.
 */
export function yamlErrorWords(error: YAMLParseError): { message: string; gloss: string; line: number | undefined; column: number | undefined } {
  const gloss = error.message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/, '');
  const hints: Partial<Record<string, string>> = {
    BAD_INDENT: '缩进不对：同一层的字段要对齐',
    TAB_AS_INDENT: '缩进里有 Tab：请改用空格',
    MISSING_CHAR: '缺少配对的符号(引号或括号没有闭合)',
    BLOCK_AS_IMPLICIT_KEY: '一行里出现了第二个 "键: 值"：值里有冒号时请用引号括起来',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行：检查上一行的冒号和引号',
    DUPLICATE_KEY: '同一个字段写了两次',
    UNEXPECTED_TOKEN: '这里有一个多余的符号',
    BAD_SCALAR_START: '值不能以这个符号开头：请用引号括起来',
    BAD_DIRECTIVE: '不认识的 YAML 指令',
    BAD_DQ_ESCAPE: '双引号里的转义写法不对',
  };
  const line = error.linePos?.[0]?.line;
  const column = error.linePos?.[0]?.col;
  return { message: `不是合法的 YAML：${hints[error.code] ?? '格式错误'}`, gloss: `invalid YAML: ${gloss}`, line, column };
}

/** The top-level key whose value holds YAML line `line` (1-based): the last `key:` at the left margin at or above it. */
function fieldAtLine(yaml: string, line: number): string {
  const lines = yaml.split(/\r?\n/).slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(lines[i]!);
    if (key) return key[1]!;
  }
  return '';
}
