/**
 * One thing wrong with the content, said so that an editor can fix it: where
 * (file, line, column, field), what was found, what was expected, in Chinese
 * with a short English gloss.
 */
export interface ContentProblem {
  /** Path from the project root (data/lexu-818.json). */
  file: string;
  /**
   * Where in the file, as the editor reads it: a field path
   * (`entries[2].value`), a place in the body (`:fig[lexu-818/x]`), or ''
   * for the file as a whole. `locateProblems` turns a field path into a line.
   */
  field: string;
  /** In Chinese: what is wrong, the value found and what was expected. */
  message: string;
  /** The same, short, in English. */
  gloss?: string;
  /** 1-based line in the file (filled from `field` by `locateProblems` when the checker did not know it). */
  line?: number;
  /** 1-based column in the file. */
  column?: number;
  /**
   * Set when the problem cannot be judged because another file has problems
   * (the file named here): it is a consequence to re-check after fixing that
   * file, not a mistake of its own.
   */
  followsFrom?: string;
}

/** Thrown when the content does not pass its checks; lists every problem at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `data/x.json:14:7`, or `data/x.json` when the line is not known. */
export function problemLocation(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

/** One problem on one line: `data/x.json:14:7 › entries[1].value：应为数字… / expected a number`. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` › ${problem.field}` : '';
  const gloss = problem.gloss ? ` / ${problem.gloss}` : '';
  const after = problem.followsFrom ? `（随 ${problem.followsFrom} 的问题而来，先改那个文件 / follows from ${problem.followsFrom}）` : '';
  return `${problemLocation(problem)}${field}：${problem.message}${gloss}${after}`;
}

/** Problems in file order (as given), and inside a file by line; problems without a line come first. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => fileOrder.get(a.p.file)! - fileOrder.get(b.p.file)! || (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** The summary line: how many problems in how many files (follow-on problems counted apart). */
export function problemSummary(problems: readonly ContentProblem[]): string {
  const own = problems.filter((p) => !p.followsFrom);
  const files = new Set(own.map((p) => p.file)).size;
  const followOn = problems.length - own.length;
  return (
    `共 ${own.length} 个问题，涉及 ${files} 个文件` +
    (followOn ? `（另有 ${followOn} 个后续问题）` : '') +
    ` / ${own.length} problem${own.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}` +
    (followOn ? ` (+${followOn} follow-on)` : '')
  );
}

/**
 * Every problem, grouped by file and sorted by line, then the summary line.
 * Each line starts with `file:line:column`, which terminals and editors open
 * at the place.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const groups = new Map<string, ContentProblem[]>();
  for (const p of sortProblems(problems.filter((p) => !p.followsFrom))) groups.set(p.file, [...(groups.get(p.file) ?? []), p]);
  const blocks = [...groups.values()].map((group) => group.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'));
  // Follow-on problems in one line per cause: they are for re-checking, not for fixing.
  const waiting = new Map<string, ContentProblem[]>();
  for (const p of problems) if (p.followsFrom) waiting.set(p.followsFrom, [...(waiting.get(p.followsFrom) ?? []), p]);
  const followOn = [...waiting].map(([cause, list]) => {
    const files = [...new Set(list.map((p) => p.file))];
    const named = files.length > 2 ? `${files.slice(0, 2).join('、')} 等 ${files.length} 个文件` : files.join('、');
    return `  ↳ 另有 ${list.length} 处引用(在 ${named})要等 ${cause} 修好后才能核对 / ${list.length} reference${list.length === 1 ? '' : 's'} wait for ${cause}`;
  });
  return `内容检查未通过 / content check failed\n\n${[...blocks, ...(followOn.length ? [followOn.join('\n')] : [])].join('\n\n')}\n\n${problemSummary(problems)}`;
}

/** Writes a zod issue path the way a reader of the file sees it: entries[2].source.quote. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Reads a field path back into its keys (`entries[2].source.quote` →
 * ['entries', 2, 'source', 'quote']); undefined when `field` is not a path
 * (a place in the body such as `:fig[…]`).
 */
export function parseFieldPath(field: string): (string | number)[] | undefined {
  if (field === '') return [];
  if (!/^(?:[A-Za-z_$][\w$-]*|\[\d+\])(?:\.[A-Za-z_$][\w$-]*|\[\d+\])*$/.test(field)) return undefined;
  const path: (string | number)[] = [];
  for (const match of field.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]/g)) path.push(match[1] ?? Number(match[2]));
  return path;
}

/** A value as a message shows it: strings quoted, long ones cut. */
export function shownValue(value: unknown, max = 40): string {
  if (value === undefined) return '(空)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
