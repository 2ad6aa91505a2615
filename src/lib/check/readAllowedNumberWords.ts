import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { allowedNumberWordsSchema } from '../../schemas/allowedNumberWords.ts';
import type { ContentProblem } from './contentProblem.ts';
import { schemaProblems } from './readContentFile.ts';

/** The list of words written with digits that are names, not figures, relative to the project root. */
export const allowedNumberWordsFile = 'content/vocabularies/allowed-number-words.yaml';

/**
 * Reads the allowed number words (818, 双11, 3C …): the one list the
 * typed-number check and the quote reader share. A missing file allows none.
 */
export function readAllowedNumberWords(root: string): { words: string[]; problems: ContentProblem[] } {
  const path = join(root, allowedNumberWordsFile);
  if (!existsSync(path)) return { words: [], problems: [] };
  let input: unknown;
  try {
    input = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    return { words: [], problems: [{ file: allowedNumberWordsFile, field: `line ${error.linePos?.[0]?.line ?? '?'}`, line: error.linePos?.[0]?.line, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const parsed = allowedNumberWordsSchema.safeParse(input ?? []);
  if (!parsed.success) return { words: [], problems: schemaProblems(allowedNumberWordsFile, parsed.error, input) };
  return { words: parsed.data.map((w) => w.word), problems: [] };
}
