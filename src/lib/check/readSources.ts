import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { listContentFiles, readJsonFile, schemaProblems } from './readContentFile.ts';

/** A source document: its metadata and its text, word for word. */
export interface LoadedSource {
  id: string;
  file: string;
  data: Source;
  text: string;
}

/** Reads every source of `content/sources/`: its metadata against the schema, and the text file it names. */
export function readSources(root: string): { sources: Map<string, LoadedSource>; problems: ContentProblem[] } {
  const sources = new Map<string, LoadedSource>();
  const problems: ContentProblem[] = [];
  for (const { id, path, file } of listContentFiles(root, contentPaths.sources, '.json')) {
    const read = readJsonFile(path, file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const parsed = sourceSchema.safeParse(read.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, read.value));
      continue;
    }
    const textPath = join(root, contentPaths.sources, parsed.data.textFile);
    if (!existsSync(textPath)) {
      problems.push({ file, field: 'textFile', message: `expected the source text ${relative(root, textPath).split('\\').join('/')} to exist` });
      continue;
    }
    sources.set(id, { id, file, data: parsed.data, text: readFileSync(textPath, 'utf8') });
  }
  return { sources, problems };
}
