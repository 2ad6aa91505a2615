import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ContentProblem } from '../content/contentProblem.ts';
import { schemaProblems } from '../content/readContentFile.ts';

/** The glossary file, relative to the project root. */
export const glossaryFile = 'content/glossary/terms.yaml';

/** The glossary as read from disk: valid terms, plus every problem found. */
export interface GlossarySource {
  terms: GlossaryTerm[];
  problems: ContentProblem[];
}

/**
 * Reads `content/glossary/terms.yaml`: every term against its schema, ids
 * unique, and no word matched by two terms (a mention must name one term).
 */
export function loadGlossary(root: string): GlossarySource {
  const path = join(root, glossaryFile);
  const problems: ContentProblem[] = [];
  if (!existsSync(path)) return { terms: [], problems };
  let input: unknown;
  try {
    input = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    problems.push({ file: glossaryFile, field: `line ${error.linePos?.[0]?.line ?? '?'}`, message: `not valid YAML: ${error.message.split('\n')[0]}` });
    return { terms: [], problems };
  }
  if (!Array.isArray(input)) {
    problems.push({ file: glossaryFile, field: '(whole file)', message: 'expected a list of terms (each starting with "- id: …")' });
    return { terms: [], problems };
  }
  const terms: GlossaryTerm[] = [];
  const owner = new Map<string, string>();
  input.forEach((raw, i) => {
    const parsed = glossaryTermSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...schemaProblems(glossaryFile, parsed.error, raw, [i]));
      return;
    }
    const term = parsed.data;
    if (terms.some((t) => t.id === term.id)) problems.push({ file: glossaryFile, field: `[${i}].id`, message: `duplicate term id "${term.id}"` });
    for (const word of term.matches) {
      const key = word.toLowerCase();
      const other = owner.get(key);
      if (other && other !== term.id) problems.push({ file: glossaryFile, field: `[${i}].matches`, message: `"${word}" is already matched by term "${other}": a word may name one term only` });
      owner.set(key, term.id);
    }
    terms.push(term);
  });
  const ids = new Set(terms.map((t) => t.id));
  terms.forEach((term) =>
    term.related.forEach((id) => {
      if (!ids.has(id)) problems.push({ file: glossaryFile, field: `${term.id}.related`, message: `unknown term id "${id}"` });
    }),
  );
  return { terms, problems };
}
