import type { z } from 'astro/zod';
import type { ContentProblem } from './contentProblem.ts';
import { fileNameProblem, listContentFiles, readMdxFile, schemaProblems, type ParsedFile } from './readContentFile.ts';

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

/** Reads every MDX document of `dir`: its file name, its frontmatter against `schema`. */
export function readDocuments<T>(root: string, dir: string, schema: z.ZodType<T>): ParsedFile<DocumentParts<T>>[] {
  return listContentFiles(root, dir, '.mdx').map(({ id, path, file }) => {
    const nameProblem = fileNameProblem(file, id);
    const problems: ContentProblem[] = nameProblem ? [nameProblem] : [];
    const read = readMdxFile(path, file);
    if (!read.ok) return { id, file, value: undefined, problems: [...problems, ...read.problems] };
    const parsed = schema.safeParse(read.value.data);
    if (!parsed.success) return { id, file, value: undefined, problems: [...problems, ...schemaProblems(file, parsed.error, read.value.data)] };
    return { id, file, value: { data: parsed.data, body: read.value.body, bodyLine: read.value.bodyLine }, problems };
  });
}
