import { idPattern } from '../../schemas/refs.ts';

/** A `## 标题 :section{#id}` heading of a handbook chapter. */
export interface HandbookSectionSource {
  /** The explicit, stable id: the URL fragment. */
  id: string;
  /** The heading's words, without the id marker. */
  title: string;
  /** 1-based line of the heading within the body. */
  line: number;
}

/** Something wrong with a chapter's section headings, at a body line. */
export interface SectionProblem {
  line: number;
  message: string;
}

/**
 * The section marker at the end of a level-2 heading. A directive rather than
 * `{#id}`: MDX reads braces as a JavaScript expression.
 */
export const sectionMarkerPattern = /\s*:section\{#([^}\s]*)\}\s*$/;

/**
 * Reads the sections of a handbook chapter body: every `##` heading must end
 * in `:section{#id}` with an ASCII kebab-case id, unique in the chapter.
 * Lines in fenced code are skipped. The same rules are enforced during the
 * build by `remarkHandbookSections`; this reader needs no Markdown pipeline,
 * so the content checker and the tests use it.
 */
export function parseSections(body: string): { sections: HandbookSectionSource[]; problems: SectionProblem[] } {
  const sections: HandbookSectionSource[] = [];
  const problems: SectionProblem[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const heading = /^ {0,3}##(?!#)\s+(.*)$/.exec(text);
    if (!heading) return;
    const content = heading[1]!.replace(/\s+#+\s*$/, '');
    const marker = sectionMarkerPattern.exec(content);
    if (!marker) {
      problems.push({ line, message: `section heading "${content.trim()}" has no id: end it with :section{#an-ascii-id}` });
      return;
    }
    const id = marker[1]!;
    const title = content.slice(0, marker.index).trim();
    if (!idPattern.test(id)) problems.push({ line, message: `section id "${id}" must be ASCII kebab-case (a-z, 0-9, hyphens)` });
    else if (sections.some((s) => s.id === id)) problems.push({ line, message: `section id "${id}" is used twice in this chapter` });
    if (!title) problems.push({ line, message: `section "${id}" has an empty heading` });
    sections.push({ id, title, line });
  });
  return { sections, problems };
}
