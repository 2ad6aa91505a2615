import { parse as parseYaml, YAMLParseError } from 'yaml';

/** An MDX file split into its YAML frontmatter and its body. */
export interface ParsedDocument {
  data: unknown;
  body: string;
  /** 1-based line where the body starts, for messages about the body. */
  bodyLine: number;
}

/** Thrown when a file has no frontmatter or its YAML does not parse. */
export class FrontmatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** Splits `---`-fenced YAML frontmatter from an MDX or Markdown file. */
export function parseFrontmatter(source: string): ParsedDocument {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new FrontmatterError('expected the file to start with frontmatter between two "---" lines', 1);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new FrontmatterError(`frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, line === undefined ? undefined : line + 1);
    }
    throw error;
  }
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
