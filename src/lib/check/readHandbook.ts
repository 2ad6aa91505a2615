import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handbookChapterSchema, type HandbookChapterData } from '../../schemas/handbookChapter.ts';
import { sectionRegistrySchema, type SectionRegistry } from '../../schemas/sectionRegistry.ts';
import { parseSections, type HandbookSectionSource } from '../handbook/parseSections.ts';
import type { ContentProblem } from './contentProblem.ts';
import { fileNameProblem, parseFields, readJsonFile, readMdxFile } from './readContentFile.ts';

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
  /** Every section id found, in valid chapters or not: what cases may name as practices. */
  sectionIds: ReadonlySet<string>;
  /** The body of every chapter that could be split from its frontmatter, valid or not: its figures and numbers are checked too. */
  bodies: { id: string; file: string; body: string; bodyLine: number; sections: HandbookSectionSource[] }[];
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
  const sectionIds = new Set<string>();
  const bodies: HandbookSource['bodies'] = [];
  const dir = join(root, handbookDir);
  if (!existsSync(dir)) return { chapters, registry: undefined, problems, sectionIds, bodies };
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const id = name.slice(0, -'.mdx'.length);
    const file = `${handbookDir}/${name}`;
    const nameProblem = fileNameProblem(file, id);
    if (nameProblem) problems.push(nameProblem);
    const read = readMdxFile(join(dir, name), file);
    // A chapter whose frontmatter is broken still has its sections: cases
    // naming them are not blamed for the chapter's problem.
    const rest = read.ok ? read.value : read.rest;
    if (!read.ok) problems.push(...read.problems);
    const data = read.ok ? parseFields(file, handbookChapterSchema, read.value.data) : undefined;
    if (data) problems.push(...data.problems);
    if (!rest) continue;
    const { sections, problems: sectionProblems } = parseSections(rest.body);
    const lineOf = (line: number) => line + rest.bodyLine - 1;
    for (const p of sectionProblems) problems.push({ file, field: '', line: lineOf(p.line), message: p.message, gloss: p.gloss });
    for (const section of sections) {
      const other = seen.get(section.id);
      if (other && other !== file)
        problems.push({ file, field: '', line: lineOf(section.line), message: `小节 id "${section.id}" 已经在 ${other} 里用过：整本手册里的小节 id 不能重复`, gloss: 'section ids are unique across the handbook' });
      seen.set(section.id, file);
      sectionIds.add(section.id);
    }
    bodies.push({ id, file, body: rest.body, bodyLine: rest.bodyLine, sections });
    if (data?.value) chapters.push({ id, file, data: data.value, body: rest.body, bodyLine: rest.bodyLine, sections });
  }
  chapters.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  let registry: SectionRegistry | undefined;
  const registryPath = join(root, sectionRegistryFile);
  if (!existsSync(registryPath)) {
    if (chapters.length) problems.push({ file: sectionRegistryFile, field: '', message: '缺少已发布小节的登记表(section-ids.json)', gloss: 'expected the registry of published section ids to exist' });
  } else {
    const read = readJsonFile(registryPath, sectionRegistryFile);
    if (!read.ok) problems.push(...read.problems);
    else {
      const parsed = parseFields(sectionRegistryFile, sectionRegistrySchema, read.value);
      if (parsed.value) registry = parsed.value;
      else problems.push(...parsed.problems);
    }
  }
  return { chapters, registry, problems, sectionIds, bodies };
}
