/**
 * The handbook's collection queries, in one place: chapter pages, the
 * handbook index, the glossary and the case pages' practice links receive
 * plain, shaped data from here. Reads the registry too, and fails the build
 * when a published link would break (see `checkRegistry`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCases, getDatasetIndex, getProviders } from './content.ts';
import { formatProblems } from './lib/check/contentProblem.ts';
import { readHandbook } from './lib/check/readHandbook.ts';
import { checkRegistry } from './lib/check/checkRegistry.ts';
import { movedChapters, movedSections, type CurrentHandbook, type HandbookPlace } from './lib/handbook/sectionRegistry.ts';
import type { SectionRegistry } from './schemas/sectionRegistry.ts';
import type { GlossaryTerm } from './schemas/glossaryTerm.ts';
import { glossaryGroupValues } from './schemas/glossaryTerm.ts';
import { chapterUrl, sectionUrl } from './lib/urls.ts';
import { listSizes } from './lib/lists/listSizes.ts';
import { practiceCaseList, type PracticeCase } from './lib/handbook/practiceCases.ts';

export type ChapterEntry = CollectionEntry<'handbook'>;

/** A section as pages show it. */
export interface HandbookSection {
  id: string;
  title: string;
  chapterId: string;
  chapterTitle: string;
  /** `sectionUrl(chapterId, id)` */
  href: string;
}

/** A chapter with its sections, in handbook order. */
export interface HandbookChapter {
  id: string;
  entry: ChapterEntry;
  title: string;
  shortTitle: string;
  description: string;
  href: string;
  sections: HandbookSection[];
}

export type { PracticeCase } from './lib/handbook/practiceCases.ts';

let handbookPromise: Promise<{ chapters: HandbookChapter[]; registry: SectionRegistry; current: CurrentHandbook }> | undefined;

/** Every chapter in order, the registry, and the map of what exists now. Throws (fails the build) on broken links. */
export function getHandbook() {
  handbookPromise ??= (async () => {
    const source = readHandbook(process.cwd());
    if (source.problems.length) throw new Error(formatProblems(source.problems));
    const entries = new Map((await getCollection('handbook')).map((e) => [e.id, e]));
    const chapters: HandbookChapter[] = source.chapters.map((chapter) => {
      const entry = entries.get(chapter.id);
      if (!entry) throw new Error(`handbook chapter ${chapter.file} is missing from the content collection`);
      return {
        id: chapter.id,
        entry,
        title: chapter.data.title,
        shortTitle: chapter.data.shortTitle ?? chapter.data.title,
        description: chapter.data.description,
        href: chapterUrl(chapter.id),
        sections: chapter.sections.map((s) => ({ id: s.id, title: s.title, chapterId: chapter.id, chapterTitle: chapter.data.title, href: sectionUrl(chapter.id, s.id) })),
      };
    });
    const current: CurrentHandbook = new Map(chapters.map((c) => [c.id, c.sections.map((s) => s.id)]));
    const registry = source.registry!;
    const problems = checkRegistry(registry, current);
    if (problems.length)
      throw new Error(formatProblems(problems.map((p) => ({ file: 'content/handbook/section-ids.json', ...p }))));
    return { chapters, registry, current };
  })();
  return handbookPromise;
}

/** Every section by id. */
export async function getSectionIndex(): Promise<Map<string, HandbookSection>> {
  const { chapters } = await getHandbook();
  return new Map(chapters.flatMap((c) => c.sections.map((s) => [s.id, s] as const)));
}

/** The sections named by `ids`, in the order given; unknown ids are left out (the content check reports them). */
export async function getSections(ids: readonly string[]): Promise<HandbookSection[]> {
  const index = await getSectionIndex();
  return ids.flatMap((id) => (index.has(id) ? [index.get(id)!] : []));
}

/**
 * The cases a section lists under itself (`PracticeCases`): the first few
 * whose frontmatter names practice `id`, in case order, and how many there
 * are. A chapter page's cache key covers the same lists (src/lib/incremental/sitePages.ts).
 */
export async function getPracticeCases(id: string): Promise<{ cases: PracticeCase[]; total: number }> {
  const [cases, providers, figures] = await Promise.all([getCases(), getProviders(), getDatasetIndex()]);
  return practiceCaseList(cases, id, new Map(providers.map((p) => [p.id, p.data.name])), figures, listSizes.practiceCases);
}

/** Old section ids of a chapter and the pages they lead to now, with titles. */
export async function getMovedSections(chapterId: string): Promise<{ id: string; href: string; title: string }[]> {
  const { registry, current } = await getHandbook();
  return Promise.all(movedSections(chapterId, registry, current).map(async (m) => ({ id: m.id, href: placeHref(m.to), title: await placeTitle(m.to) })));
}

/** Chapters that were published and are gone: each old id, where it leads, and where its old sections lead. */
export async function getMovedChapters(): Promise<{ id: string; href: string; title: string; sections: { id: string; href: string; title: string }[] }[]> {
  const { registry, current } = await getHandbook();
  return Promise.all(
    movedChapters(registry, current).map(async (m) => ({
      id: m.id,
      href: placeHref(m.to),
      title: await placeTitle(m.to),
      sections: await getMovedSections(m.id),
    })),
  );
}

/** Where a place of the handbook is read: its chapter, or the section within it. */
function placeHref(place: HandbookPlace): string {
  return place.section ? sectionUrl(place.chapter, place.section) : chapterUrl(place.chapter);
}

async function placeTitle(place: HandbookPlace): Promise<string> {
  const { chapters } = await getHandbook();
  const chapter = chapters.find((c) => c.id === place.chapter);
  const section = chapter?.sections.find((s) => s.id === place.section);
  return section ? `${section.title} · ${chapter!.shortTitle}` : (chapter?.title ?? place.chapter);
}

/** Glossary terms, by group in the page's order, then as written in the file. */
export async function getGlossary(): Promise<{ group: GlossaryTerm['group']; terms: GlossaryTerm[] }[]> {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  return glossaryGroupValues.map((group) => ({ group, terms: terms.filter((t) => t.group === group) })).filter((g) => g.terms.length);
}
