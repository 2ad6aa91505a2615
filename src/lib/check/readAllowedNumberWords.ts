import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allowedNumberWordsSchema } from '../../schemas/allowedNumberWords.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readYamlFile, schemaProblems } from './readContentFile.ts';

/** The list of words written with digits that are names, not figures, relative to the project root. */
export const allowedNumberWordsFile = 'content/vocabularies/allowed-number-words.yaml';

/**
 * Reads the allowed number words (818, 双11, 3C …): the one list the
 * typed-number check and the quote reader share. A missing file allows none.
 */
export function readAllowedNumberWords(root: string): { words: string[]; problems: ContentProblem[] } {
  const path = join(root, allowedNumberWordsFile);
  if (!existsSync(path)) return { words: [], problems: [] };
  const read = readYamlFile(path, allowedNumberWordsFile);
  if (!read.ok) return { words: [], problems: read.problems };
  const input = read.value;
  const parsed = allowedNumberWordsSchema.safeParse(input ?? []);
  if (!parsed.success) return { words: [], problems: schemaProblems(allowedNumberWordsFile, parsed.error, input, [], allowedNumberWordsSchema) };
  return { words: parsed.data.map((w) => w.word), problems: [] };
}
