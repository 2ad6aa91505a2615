import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A hard link when both paths are on one disk (no bytes written), else a copy. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
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
