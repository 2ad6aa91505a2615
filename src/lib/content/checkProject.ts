import { loadContent, bodyProblems, type LoadedContent } from './loadContent.ts';
import type { ContentProblem } from './contentProblem.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { handbookDir, loadHandbook, sectionRegistryFile } from '../handbook/loadHandbook.ts';
import { practiceIdsOf } from './practiceIdsOf.ts';
import { loadGlossary } from '../glossary/loadGlossary.ts';
import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import { checkRegistry } from '../handbook/checkRegistry.ts';

/** Everything the checker read and every problem, across content, data and the handbook. */
export interface ProjectCheck {
  content: LoadedContent;
  problems: ContentProblem[];
  /** Handbook chapters and sections found. */
  handbook: { chapters: number; sections: number };
  /** Valid glossary terms, for the remark plugin that links their first mentions. */
  glossary: GlossaryTerm[];
}

/**
 * The one check behind `npm run check`, `npm run build` and the Astro
 * integration: sources, datasets, providers, belts, cases, handbook chapters
 * (section ids, figures, typed numbers), the registry of published section
 * ids and the glossary.
 */
export function checkProject(root: string): ProjectCheck {
  const handbook = loadHandbook(root);
  const practiceIds = existsSync(join(root, handbookDir)) ? practiceIdsOf(handbook) : undefined;
  const content = loadContent(root, { practiceIds });
  const glossary = loadGlossary(root);
  const problems = [...content.problems, ...handbook.problems, ...glossary.problems];
  for (const chapter of handbook.chapters)
    problems.push(...bodyProblems(chapter.file, chapter.body, chapter.bodyLine, content.datasets, content.brokenDatasets));
  if (handbook.registry) {
    const current = new Map(handbook.chapters.map((c) => [c.id, c.sections.map((s) => s.id)]));
    for (const message of checkRegistry(handbook.registry, current)) problems.push({ file: sectionRegistryFile, field: 'published/redirects', message });
  }
  return {
    content,
    problems,
    handbook: { chapters: handbook.chapters.length, sections: handbook.chapters.reduce((n, c) => n + c.sections.length, 0) },
    glossary: glossary.terms,
  };
}
