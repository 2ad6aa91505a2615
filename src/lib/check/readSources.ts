import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { readDocuments } from './readDocuments.ts';

/** A source document: its metadata, its text word for word, and what the site says of it at platform level. */
export interface LoadedSource {
  id: string;
  /** The metadata file, from the project root (content/sources/<id>.mdx). */
  file: string;
  /** The text file, from the project root (content/sources/<id>.txt). */
  textFile: string;
  data: Source;
  text: string;
  /** The MDX body: platform-level prose citing figures with `:fig[…]`; may be empty. */
  body: string;
  /** 1-based line of `file` where the body starts. */
  bodyLine: number;
}

/**
 * Reads every source of `content/sources/`: its frontmatter against the
 * schema, and the text file it names (default: the same name with `.txt`).
 */
export function readSources(root: string): { sources: Map<string, LoadedSource>; problems: ContentProblem[] } {
  const sources = new Map<string, LoadedSource>();
  const problems: ContentProblem[] = [];
  for (const read of readDocuments(root, contentPaths.sources, sourceSchema)) {
    problems.push(...read.problems);
    if (!read.value) continue;
    const { data, body, bodyLine } = read.value;
    const textFile = `${contentPaths.sources}/${data.textFile ?? `${read.id}.txt`}`;
    if (!existsSync(join(root, textFile))) {
      problems.push({ file: read.file, field: 'textFile', message: `expected the source text ${textFile} to exist (the document word for word, UTF-8)` });
      continue;
    }
    sources.set(read.id, { id: read.id, file: read.file, textFile, data, text: readFileSync(join(root, textFile), 'utf8'), body, bodyLine });
  }
  return { sources, problems };
}
