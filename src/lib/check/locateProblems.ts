import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { type ContentProblem, parseFieldPath } from './contentProblem.ts';
import { frontmatterBlock } from './parseFrontmatter.ts';

/** Where a field stands in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds a field of a JSON, YAML or MDX-frontmatter file by its path. JSON is
 * read with the YAML parser (JSON is YAML), which keeps every node's range.
 * A key that is there points at the key; a missing one at the object that
 * lacks it. Undefined when the file cannot be read this way.
 */
export type FieldLocator = (path: readonly (string | number)[]) => Position | undefined;

/** A locator for the text of `file` (its extension says how to read it). */
export function fieldLocator(file: string, text: string): FieldLocator | undefined {
  let yaml = text.replace(/^\uFEFF/, '');
  let lineOffset = 0;
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const block = frontmatterBlock(yaml);
    if (!block) return undefined;
    yaml = block.yaml;
    lineOffset = block.firstLine - 1;
  } else if (!/\.(json|ya?ml)$/.test(file)) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return (path) => {
    let node: unknown = doc.contents;
    let last: Position | undefined = node && (node as YamlNode).range ? at((node as YamlNode).range![0]) : { line: 1 + lineOffset, column: 1 };
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) return last;
        const keyNode = pair.key as YamlNode;
        last = keyNode.range ? at(keyNode.range[0]) : last;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) return last;
        if (item.range) last = at(item.range[0]);
        node = item;
      } else return last;
    }
    return last;
  };
}

/**
 * Gives every problem that names a field but no line its line and column,
 * reading each file once. A field written `line 14` or `line 14, column 3`
 * (older checks) becomes a line too.
 */
export function locateProblems(root: string, problems: readonly ContentProblem[]): ContentProblem[] {
  const locators = new Map<string, FieldLocator | undefined>();
  const locatorOf = (file: string) => {
    if (!locators.has(file)) {
      let locator: FieldLocator | undefined;
      try {
        locator = fieldLocator(file, readFileSync(join(root, file), 'utf8'));
      } catch {
        locator = undefined;
      }
      locators.set(file, locator);
    }
    return locators.get(file);
  };
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    const written = /^line (\d+)(?:, column (\d+))?(?:, (.*))?$/.exec(problem.field);
    if (written) return { ...problem, field: written[3] ?? '', line: Number(written[1]), ...(written[2] ? { column: Number(written[2]) } : {}) };
    const path = parseFieldPath(problem.field);
    if (!path) return problem;
    const position = locatorOf(problem.file)?.(path);
    return position ? { ...problem, ...position } : problem;
  });
}
