import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { handbookDir, loadHandbook, type HandbookSource } from '../handbook/loadHandbook.ts';

/** Every practice (section) id of a handbook that has been read. */
export function practiceIdsOf(handbook: HandbookSource): ReadonlySet<string> {
  return new Set(handbook.chapters.flatMap((chapter) => chapter.sections.map((s) => s.id)));
}

/**
 * The handbook practice ids cases may name: every section id of every chapter
 * in content/handbook/ (`## 标题 :section{#id}`). Without a handbook folder,
 * returns undefined and practice ids are not checked.
 */
export function loadPracticeIds(root: string): ReadonlySet<string> | undefined {
  if (!existsSync(join(root, handbookDir))) return undefined;
  return practiceIdsOf(loadHandbook(root));
}
