import type { HandbookSource } from '../handbook/loadHandbook.ts';

/**
 * The handbook practice ids cases may name: every section id of every chapter
 * (`## 标题 :section{#id}`).
 */
export function practiceIdsOf(handbook: HandbookSource): ReadonlySet<string> {
  return new Set(handbook.chapters.flatMap((chapter) => chapter.sections.map((s) => s.id)));
}
