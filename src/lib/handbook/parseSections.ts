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
  /** In Chinese. */
  message: string;
  /** The same, in English. */
  gloss: string;
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
      problems.push({ line, message: `小节标题 "${content.trim()}" 没有 id：在标题末尾加上 :section{#英文id}`, gloss: 'section heading has no id: end it with :section{#an-ascii-id}' });
      return;
    }
    const id = marker[1]!;
    const title = content.slice(0, marker.index).trim();
    if (!idPattern.test(id)) problems.push({ line, message: `小节 id "${id}" 只能用小写英文字母、数字和连字符`, gloss: 'section id must be ASCII kebab-case (a-z, 0-9, hyphens)' });
    else if (sections.some((s) => s.id === id)) problems.push({ line, message: `小节 id "${id}" 在这一章里用了两次`, gloss: 'section id is used twice in this chapter' });
    if (!title) problems.push({ line, message: `小节 "${id}" 的标题是空的`, gloss: 'section has an empty heading' });
    sections.push({ id, title, line });
  });
  return { sections, problems };
}

/**
 * `:section{#id}` markers the build rejects in any MDX file: on a heading
 * other than `##`, or (outside handbook chapters, whose `##` headings
 * `parseSections` reads) with a malformed or repeated id.
 */
export function misplacedSectionMarkers(body: string, chapter: boolean): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const seen = new Set<string>();
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const heading = /^ {0,3}(#{1,6})\s+(.*)$/.exec(text);
    const marker = heading ? sectionMarkerPattern.exec(heading[2]!.replace(/\s+#+\s*$/, '')) : undefined;
    if (!heading || !marker) return;
    const id = marker[1]!;
    if (heading[1]!.length !== 2) problems.push({ line, message: `:section{#${id}} 只能放在二级标题(##)末尾`, gloss: ':section{#id} belongs on a level-2 (##) heading' });
    else if (chapter) return;
    else if (!idPattern.test(id)) problems.push({ line, message: `小节 id "${id}" 只能用小写英文字母、数字和连字符`, gloss: 'section id must be ASCII kebab-case (a-z, 0-9, hyphens)' });
    else if (seen.has(id)) problems.push({ line, message: `小节 id "${id}" 在这个文件里用了两次`, gloss: 'section id is used twice in this file' });
    seen.add(id);
  });
  return problems;
}
