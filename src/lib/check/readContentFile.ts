import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { idPattern } from '../../schemas/refs.ts';
import { type ContentProblem, formatPath } from './contentProblem.ts';
import { FrontmatterError, parseFrontmatter, type ParsedDocument } from './parseFrontmatter.ts';
import { JsonSyntaxError, parseJsonFile } from './parseJsonFile.ts';

/**
 * Reading an editor's file and turning what is wrong with it into problems
 * (file › field: message), the same way for data, content, the handbook and
 * the glossary.
 */

/** A file or the problems that stop it being read. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** One file of a collection as read: its value when it read and passed its schema, and every problem found on the way. */
export interface ParsedFile<T> {
  /** File name without its extension: the URL segment. */
  id: string;
  /** Path from the project root. */
  file: string;
  value: T | undefined;
  problems: ContentProblem[];
}

/** The files of `dir` (from the project root) whose names end in `ext`, sorted by name. */
export function listContentFiles(root: string, dir: string, ext: string): { id: string; path: string; file: string }[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => {
      const path = join(full, name);
      return { id: name.slice(0, -ext.length), path, file: relative(root, path).split('\\').join('/') };
    });
}

/** A file name that would not make a URL: ids are ASCII kebab-case. */
export function fileNameProblem(file: string, id: string): ContentProblem | undefined {
  if (idPattern.test(id)) return undefined;
  return { file, field: '(file name)', message: `expected an ASCII kebab-case file name, it becomes the URL (got "${id}")` };
}

/** Parses a JSON file; a syntax error becomes a problem with its line and column. */
export function readJsonFile(path: string, file: string): ReadResult<unknown> {
  try {
    return { ok: true, value: parseJsonFile(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return {
      ok: false,
      problems: [{ file, field: error.line ? `line ${error.line}, column ${error.column}` : '(whole file)', message: `not valid JSON: ${error.message}` }],
    };
  }
}

/** Splits an MDX file into frontmatter and body; missing or broken YAML becomes a problem. */
export function readMdxFile(path: string, file: string): ReadResult<ParsedDocument> {
  try {
    return { ok: true, value: parseFrontmatter(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { ok: false, problems: [{ file, field: error.line ? `frontmatter, line ${error.line}` : 'frontmatter', message: error.message }] };
  }
}

/**
 * A schema's complaints as problems: the field path, what was expected, and
 * for a wrong type what was found. `prefix` places the input inside its file
 * (a glossary term is `[3]` in its list).
 */
export function schemaProblems(file: string, error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // Schemas are strict so that a misspelt optional field is not silently dropped.
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...path, key]),
        message: `unknown field "${key}": check its spelling against the editors' guide (content/README.md)`,
      }));
    }
    const got = valueAt(input, issue.path);
    const shown = got === undefined ? 'nothing' : JSON.stringify(got);
    const withGot = issue.code === 'invalid_type' || issue.code === 'invalid_union';
    return [{ file, field: formatPath(path), message: `${issue.message}${withGot ? ` (got ${truncate(shown)})` : ''}` }];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
