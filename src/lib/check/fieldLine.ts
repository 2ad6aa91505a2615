import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * The 1-based line where a field stands in a JSON or YAML file, or in the
 * frontmatter of an MDX file (found by its `---` fence), so that a problem
 * can name file, line and field. `yaml` parses JSON too and keeps every
 * node's offset. Undefined when the path is not in the file.
 */
export function fieldLine(text: string, path: readonly (string | number)[]): number | undefined {
  const fenced = /^\uFEFF?---\r?\n/.exec(text);
  const offset = fenced ? fenced[0].length : 0;
  const yamlText = fenced ? text.slice(offset, text.search(/\r?\n---\r?\n?/) + 1 || undefined) : text;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
  // The deepest node that exists along the path: a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + (fenced ? 1 : 0);
  }
  return undefined;
}

/** `fieldLine` on a file of the project, read once per call site. */
export function fileFieldLine(root: string, file: string): (path: readonly (string | number)[]) => number | undefined {
  let text: string | undefined;
  return (path) => {
    try {
      text ??= readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
    return fieldLine(text, path);
  };
}
