import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes `to` a hard link to `from` when both are on one disk (no bytes
 * written), else a copy. A file already at `to` is replaced: the new link is
 * made beside it and renamed over it, so a reader never finds the name missing.
 */
export function linkOrCopy(from: string, to: string): void {
  const place = (name: string) => {
    try {
      linkSync(from, name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      copyFileSync(from, name);
    }
  };
  try {
    place(to);
  } catch {
    const next = `${to}.${process.pid}.link`;
    rmSync(next, { force: true });
    place(next);
    renameSync(next, to);
  }
}

/**
 * Mirrors the folder `from` at `to` (made if missing) with hard links to its
 * files, or copies where a link cannot be made. For build output that is
 * never edited in place: the two names share one file. Creating a file costs
 * this machine's file system far more than linking one (a new inode each),
 * and the Pagefind index is a thousand files.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}
