import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ContentProblem } from './contentProblem.ts';
import { schemaProblems, type ReadResult } from './readContentFile.ts';

/** The glossary file, relative to the project root. */
export const glossaryFile = 'content/glossary/terms.yaml';

/** The glossary as read: each item of its list against the term schema, in file order. */
export interface GlossaryRead {
  terms: ReadResult<GlossaryTerm>[];
  /** What stops the file being read as a whole (YAML syntax, not a list). */
  problems: ContentProblem[];
}

/** Reads `content/glossary/terms.yaml`; a missing file is an empty glossary. */
export function readGlossary(root: string): GlossaryRead {
  const path = join(root, glossaryFile);
  if (!existsSync(path)) return { terms: [], problems: [] };
  let input: unknown;
  try {
    input = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    return { terms: [], problems: [{ file: glossaryFile, field: `line ${error.linePos?.[0]?.line ?? '?'}`, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  if (!Array.isArray(input)) return { terms: [], problems: [{ file: glossaryFile, field: '(whole file)', message: 'expected a list of terms (each starting with "- id: …")' }] };
  return {
    terms: input.map((raw: unknown, i): ReadResult<GlossaryTerm> => {
      const parsed = glossaryTermSchema.safeParse(raw);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: schemaProblems(glossaryFile, parsed.error, raw, [i]) };
    }),
    problems: [],
  };
}
