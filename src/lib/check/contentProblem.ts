/** One thing wrong with the content, said so that an editor can fix it. */
export interface ContentProblem {
  /** Path from the project root (data/lexu-818.json). */
  file: string;
  /** Where in the file: a field path (entries[2].value) or a line (line 14). */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
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

/** One line per problem: `data/x.json › entries[2].value: expected a number`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file} › ${p.field}: ${p.message}`);
  return `内容检查未通过 / content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}

/** Writes a zod issue path the way a reader of the file sees it: entries[2].source.quote. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(whole file)';
}
