import type { CheckedData } from '../lib/check/readCheckedData.ts';
import type { ContentProblem } from '../lib/check/contentProblem.ts';

/** The project's problems and the data the remark plugins and loaders use, once per build (and again after each edit in dev). */
export type Checked = { root: string; problems: ContentProblem[]; data: CheckedData };

/**
 * Kept on `globalThis`, not in a module: Astro loads astro.config.mjs and
 * the content config (src/content.config.ts, whose loader reads the datasets
 * too: src/loaders/markdownBodyGlob.ts) as two module instances, and a
 * second instance with its own variable would check the whole project again
 * (16 s at 10,000 cases). This module imports nothing at run time, so the
 * content config does not load the checker (about sixty modules Vite would
 * transform before the content syncs) to read what the integration
 * (projectCheckIntegration.ts) holds.
 */
const shared = globalThis as typeof globalThis & { beltCasebookChecked?: Checked | undefined };

/** The check the integration holds for the project at `root`, if any. */
export function heldCheck(root: string): Checked | undefined {
  const held = shared.beltCasebookChecked;
  return held?.root === root ? held : undefined;
}

/** Holds a check (or forgets the one held, with undefined). */
export function holdCheck(checked: Checked | undefined): void {
  shared.beltCasebookChecked = checked;
}
