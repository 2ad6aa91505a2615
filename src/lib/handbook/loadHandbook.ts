import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { handbookChapterSchema, type HandbookChapterData } from '../../schemas/handbookChapter.ts';
import { sectionRegistrySchema, type SectionRegistry } from '../../schemas/sectionRegistry.ts';
import { formatPath, type ContentProblem } from '../content/contentProblem.ts';
import { FrontmatterError, parseFrontmatter } from '../content/parseFrontmatter.ts';
import { JsonSyntaxError, parseJsonFile } from '../content/parseJsonFile.ts';
import { parseSections, type HandbookSectionSource } from './parseSections.ts';

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
export function loadHandbook(root: string): HandbookSource {
  const problems: ContentProblem[] = [];
  const chapters: HandbookChapterSource[] = [];
  const dir = join(root, handbookDir);
  if (!existsSync(dir)) return { chapters, registry: undefined, problems };
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const id = name.slice(0, -'.mdx'.length);
    const file = `${handbookDir}/${name}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      problems.push({ file, field: '(file name)', message: `expected an ASCII kebab-case file name, it becomes the URL (got "${id}")` });
    let parsed;
    try {
      parsed = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      problems.push({ file, field: error.line ? `frontmatter, line ${error.line}` : 'frontmatter', message: error.message });
      continue;
    }
    const data = handbookChapterSchema.safeParse(parsed.data);
    if (!data.success) {
      for (const issue of data.error.issues) problems.push({ file, field: formatPath(issue.path), message: issue.message });
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
    try {
      const input = parseJsonFile(readFileSync(registryPath, 'utf8'));
      const parsed = sectionRegistrySchema.safeParse(input);
      if (parsed.success) registry = parsed.data;
      else for (const issue of parsed.error.issues) problems.push({ file: sectionRegistryFile, field: formatPath(issue.path), message: issue.message });
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      problems.push({ file: sectionRegistryFile, field: error.line ? `line ${error.line}, column ${error.column}` : '(whole file)', message: `not valid JSON: ${error.message}` });
    }
  }
  return { chapters, registry, problems };
}
