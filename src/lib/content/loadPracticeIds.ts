import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The handbook practice ids cases may name. Until the handbook exists
 * (content/handbook/), returns undefined and practice ids are not checked.
 */
export function loadPracticeIds(root: string): ReadonlySet<string> | undefined {
  if (!existsSync(join(root, 'content/handbook'))) return undefined;
  return undefined;
}
