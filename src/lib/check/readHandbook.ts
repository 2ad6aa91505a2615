import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handbookChapterSchema, type HandbookChapterData } from '../../schemas/handbookChapter.ts';
import { sectionRegistrySchema, type SectionRegistry } from '../../schemas/sectionRegistry.ts';
import { parseSections, type HandbookSectionSource } from '../handbook/parseSections.ts';
import type { ContentProblem } from './contentProblem.ts';
import { fileNameProblem, readJsonFile, readMdxFile, schemaProblems } from './readContentFile.ts';

/** Where the handbook lives, relative to the project root. */
export const handbookDir = 'content/handbook';
/** The registry of every section id ever published. */
export const sectionRegistryFile = `${handbookDir}/section-ids.json`;

/** One chapter as read from disk, without Astro. */
export interface HandbookChapterSource {
  /** File name without `.mdx`: the URL segment. */
  id: string;
  /** Path from the project root. */
  file: string;
  data: HandbookChapterData;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  sections: HandbookSectionSource[];
}

/** The handbook as read from disk, valid parts only, plus every problem found. */
export interface HandbookSource {
  chapters: HandbookChapterSource[];
  registry: SectionRegistry | undefined;
  problems: ContentProblem[];
}

/**
 * Reads every chapter of `content/handbook/` and the section registry, with
 * the same rules as the build: frontmatter against its schema, explicit
 * section ids, ids unique across the whole handbook (a case names a section
 * by id alone). Never throws for bad content.
 */
export function readHandbook(root: string): HandbookSource {
  const problems: ContentProblem[] = [];
  const chapters: HandbookChapterSource[] = [];
  const dir = join(root, handbookDir);
  if (!existsSync(dir)) return { chapters, registry: undefined, problems };
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const id = name.slice(0, -'.mdx'.length);
    const file = `${handbookDir}/${name}`;
    const nameProblem = fileNameProblem(file, id);
    if (nameProblem) problems.push(nameProblem);
    const read = readMdxFile(join(dir, name), file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const parsed = read.value;
    const data = handbookChapterSchema.safeParse(parsed.data);
    if (!data.success) {
      problems.push(...schemaProblems(file, data.error, parsed.data));
      continue;
    }
    const { sections, problems: sectionProblems } = parseSections(parsed.body);
    const lineOf = (line: number) => `line ${line + parsed.bodyLine - 1}`;
    for (const p of sectionProblems) problems.push({ file, field: lineOf(p.line), message: p.message });
    for (const section of sections) {
      const other = seen.get(section.id);
      if (other && other !== file)
        problems.push({ file, field: lineOf(section.line), message: `section id "${section.id}" is already used in ${other}: ids are unique across the handbook` });
      seen.set(section.id, file);
    }
    chapters.push({ id, file, data: data.data, body: parsed.body, bodyLine: parsed.bodyLine, sections });
  }
  chapters.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  let registry: SectionRegistry | undefined;
  const registryPath = join(root, sectionRegistryFile);
  if (!existsSync(registryPath)) {
    if (chapters.length) problems.push({ file: sectionRegistryFile, field: '(whole file)', message: 'expected the registry of published section ids to exist' });
  } else {
    const read = readJsonFile(registryPath, sectionRegistryFile);
    if (!read.ok) problems.push(...read.problems);
    else {
      const parsed = sectionRegistrySchema.safeParse(read.value);
      if (parsed.success) registry = parsed.data;
      else problems.push(...schemaProblems(sectionRegistryFile, parsed.error, read.value));
    }
  }
  return { chapters, registry, problems };
}
