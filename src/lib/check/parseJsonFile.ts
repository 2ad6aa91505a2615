/** Thrown when a JSON file does not parse; says where. */
export class JsonSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/**
 * Parses JSON and, when it fails, turns V8's “at position 412” into a line
 * and column an editor can find.
 */
export function parseJsonFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol) throw new JsonSyntaxError(message, Number(lineCol[1]), Number(lineCol[2]));
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const lines = before.split('\n');
      throw new JsonSyntaxError(message, lines.length, lines.at(-1)!.length + 1);
    }
    throw new JsonSyntaxError(message);
  }
}
