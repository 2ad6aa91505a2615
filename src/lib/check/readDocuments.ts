import type { z } from 'astro/zod';
import type { ContentProblem } from './contentProblem.ts';
import { fileNameProblem, listContentFiles, parseFields, readMdxFile, type ParsedFile } from './readContentFile.ts';

/** An MDX document whose frontmatter passed its schema. */
export interface LoadedDocument<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** A document's frontmatter as its schema returns it, and its body. */
export interface DocumentParts<T> {
  data: T;
  body: string;
  /** 1-based line of the file where the body starts, for messages about the body. */
  bodyLine: number;
}

/** One MDX document as read: its frontmatter when valid, the fields that passed, its body when the file could be split. */
export interface ReadDocument<T> extends ParsedFile<DocumentParts<T>> {
  /** Frontmatter fields that passed their schema (all of them when `value` is set). */
  data: Partial<T>;
  body: { text: string; line: number } | undefined;
}

/** Reads every MDX document of `dir`: its file name, its frontmatter against `schema`, field by field. */
export function readDocuments<T>(root: string, dir: string, schema: z.ZodType<T>): ReadDocument<T>[] {
  return listContentFiles(root, dir, '.mdx').map(({ id, path, file }) => {
    const nameProblem = fileNameProblem(file, id);
    const problems: ContentProblem[] = nameProblem ? [nameProblem] : [];
    const read = readMdxFile(path, file);
    if (!read.ok) {
      const body = read.rest ? { text: read.rest.body, line: read.rest.bodyLine } : undefined;
      return { id, file, value: undefined, fields: {}, raw: undefined, data: {}, body, problems: [...problems, ...read.problems] };
    }
    const { body, bodyLine } = read.value;
    const parsed = parseFields(file, schema, read.value.data);
    const value = parsed.value === undefined ? undefined : { data: parsed.value, body, bodyLine };
    return { id, file, value, fields: {}, raw: read.value.data, data: parsed.fields, body: { text: body, line: bodyLine }, problems: [...problems, ...parsed.problems] };
  });
}
