import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readYamlFile, schemaProblems, type ReadResult } from './readContentFile.ts';

/** The glossary file, relative to the project root. */
export const glossaryFile = 'content/glossary/terms.yaml';

/** The glossary as read: each item of its list against the term schema, in file order. */
export interface GlossaryRead {
  terms: ReadResult<GlossaryTerm>[];
  /** What stops the file being read as a whole (YAML syntax, not a list). */
  problems: ContentProblem[];
  /** The id of every term in the file, valid or not. */
  ids: string[];
}

/** Reads `content/glossary/terms.yaml`; a missing file is an empty glossary. */
export function readGlossary(root: string): GlossaryRead {
  const path = join(root, glossaryFile);
  if (!existsSync(path)) return { terms: [], problems: [], ids: [] };
  const read = readYamlFile(path, glossaryFile);
  if (!read.ok) return { terms: [], ids: [], problems: read.problems };
  const input = read.value;
  if (!Array.isArray(input))
    return { terms: [], ids: [], problems: [{ file: glossaryFile, field: '', line: 1, message: '应为术语列表(每一项以 "- id: …" 开头)', gloss: 'expected a list of terms' }] };
  return {
    terms: input.map((raw: unknown, i): ReadResult<GlossaryTerm> => {
      const parsed = glossaryTermSchema.safeParse(raw);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: schemaProblems(glossaryFile, parsed.error, raw, [i], glossaryTermSchema) };
    }),
    problems: [],
    ids: input.flatMap((raw: unknown) => (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? [(raw as { id: string }).id] : [])),
  };
}
