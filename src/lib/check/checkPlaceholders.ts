import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { type ContentProblem, formatPath } from './contentProblem.ts';

/**
 * The word `npm run new` leaves wherever the editor still has to write
 * something (src/cli/templates/). Content that still holds it is not ready to
 * publish: the check lists each one, and the build stops until they are gone.
 */
export const placeholderWord = '待填写';

/** The editors' folders, relative to the project root; every data file in them is scanned. */
const scannedDirs = ['content', 'data'];
const scannedExtensions = /\.(mdx|md|json|ya?ml|txt)$/;

/** Every placeholder left in the content: its file and field (or line), and what it asks for. */
export function findPlaceholders(root: string): ContentProblem[] {
  return scannedDirs.flatMap((dir) => listFiles(root, dir)).flatMap((file) => placeholdersIn(file, readFileSync(join(root, file), 'utf8')));
}

/** Placeholders in one file's text; `file` (from the project root) decides how it is read. */
export function placeholdersIn(file: string, text: string): ContentProblem[] {
  if (!text.includes(placeholderWord)) return [];
  if (/\.(json|ya?ml)$/.test(file)) return inYaml(file, text, 0) ?? inLines(file, text, 1);
  if (/\.mdx?$/.test(file)) {
    const match = /^(---\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!match) return inLines(file, text, 1);
    const bodyLine = match[0].split('\n').length;
    const frontmatter = inYaml(file, match[2]!, 1) ?? inLines(file, match[2]!, 2);
    return [...frontmatter, ...inLines(file, text.slice(match[0].length), bodyLine)];
  }
  return inLines(file, text, 1);
}

/**
 * A placeholder problem shares its field with the problems it causes (a
 * placeholder where a number belongs fails the schema; a placeholder quote is
 * not found in the source). Those are follow-ons: while an entry of a list
 * still has a placeholder, nothing else is reported inside that entry.
 */
export function isPlaceholderFollowOn(problem: ContentProblem, placeholders: readonly ContentProblem[]): boolean {
  return placeholders.some((p) => {
    if (p.file !== problem.file || p === problem) return false;
    // In the body, a placeholder line is the editor's to rewrite whole: nothing else on it is reported.
    if (p.field === bodyField) return p.line !== undefined && p.line === lineOf(problem);
    if (p.field === problem.field) return true;
    const scope = /^(.*\[\d+\])/.exec(p.field)?.[1];
    return scope !== undefined && (problem.field === scope || problem.field.startsWith(`${scope}.`) || problem.field.startsWith(`${scope}[`));
  });
}

/** How the check names a place in an MDX body or a plain text (src/lib/check/checkBody.ts). */
const bodyField = '正文';

/** A problem's line: given, or written into its field as `line N` by checks that predate `line`. */
function lineOf(problem: ContentProblem): number | undefined {
  return problem.line ?? (/^line (\d+)/.exec(problem.field) ? Number(/^line (\d+)/.exec(problem.field)![1]) : undefined);
}

function problem(file: string, field: string, line: number, column: number, value: string): ContentProblem {
  const hint = value
    .slice(value.indexOf(placeholderWord) + placeholderWord.length)
    .replace(/^[：:\s]+/, '')
    .replace(/[。\s]+$/, '');
  return { file, field, line, column, message: `${placeholderWord}${hint ? `：${hint}` : ''}`, gloss: 'placeholder left by npm run new: fill it in' };
}

/** Placeholders in the string values of a YAML or JSON text, by field path; undefined when the text does not parse. */
function inYaml(file: string, text: string, lineOffset: number): ContentProblem[] | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) return undefined;
  const found: ContentProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'string' && node.value.includes(placeholderWord)) {
      const { line, col } = lineCounter.linePos((node as Node).range?.[0] ?? 0);
      found.push(problem(file, formatPath(path), line + lineOffset, col, node.value));
    }
  };
  walk(doc.contents, []);
  return found;
}

function inLines(file: string, text: string, firstLine: number): ContentProblem[] {
  return text.split('\n').flatMap((line, i) => {
    const column = line.indexOf(placeholderWord) + 1;
    return column > 0 ? [problem(file, bodyField, firstLine + i, column, line)] : [];
  });
}

function listFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && scannedExtensions.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}
