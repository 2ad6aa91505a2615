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
export function readSources(root: string): { sources: Map<string, LoadedSource>; problems: ContentProblem[]; broken: Set<string> } {
  const sources = new Map<string, LoadedSource>();
  // Sources whose file exists but has problems: citations of them are not blamed again.
  const broken = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const read of readDocuments(root, contentPaths.sources, sourceSchema)) {
    problems.push(...read.problems);
    if (!read.value) {
      broken.add(read.id);
      continue;
    }
    const { data, body, bodyLine } = read.value;
    const textFile = `${contentPaths.sources}/${data.textFile ?? `${read.id}.txt`}`;
    if (!existsSync(join(root, textFile))) {
      problems.push({ file: read.file, field: 'textFile', message: `原文文件 ${textFile} 不存在：请把原文逐字存成这个文件(UTF-8 纯文本)`, gloss: 'expected the source text to exist' });
      broken.add(read.id);
      continue;
    }
    sources.set(read.id, { id: read.id, file: read.file, textFile, data, text: readFileSync(join(root, textFile), 'utf8'), body, bodyLine });
  }
  return { sources, problems, broken };
}
