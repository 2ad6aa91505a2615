import { getLocation, parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Thrown when a JSON file does not parse; says where, and in which field. */
export class JsonSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Path of the field the error stands in (`entries[1].unit`), '' when at the top. */
  readonly path: (string | number)[];
  constructor(message: string, line?: number, column?: number, path: (string | number)[] = []) {
    super(message);
    this.line = line;
    this.column = column;
    this.path = path;
  }
}

/**
 * Parses JSON strictly (JSON.parse) and, when it fails, finds where with
 * jsonc-parser, which reads on past an error and knows the path of every
 * offset, so every syntax error gets a line, a column and its field, even
 * those V8 reports without a position.
 */
export function parseJsonFile(source: string): unknown {
  const text = source.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const v8 = /position (\d+)/.exec(message);
    const offset = v8 ? Number(v8[1]) : first?.offset;
    if (offset === undefined) throw new JsonSyntaxError(message);
    const before = text.slice(0, offset).split('\n');
    const path = getLocation(text, offset).path.filter((key) => key !== '');
    // V8 quotes the text around some errors (`Unexpected token '“', "…" is not valid JSON`): keep the first words.
    const short = message.split(/, (?:"|\.\.\.)|\n/)[0]!.replace(/\s*in JSON at position \d+.*$/, '');
    throw new JsonSyntaxError(first && !v8 ? `${short} (${printParseErrorCode(first.error)})` : short, before.length, before.at(-1)!.length + 1, path);
  }
}
