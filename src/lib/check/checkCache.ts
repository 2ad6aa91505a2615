import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A cache of passed project checks, so that `npm run build` checks content
 * only when something the check reads has changed since it last passed.
 *
 * A check's result depends on the editors' files (every file under
 * `content/` and `data/`: cases, providers, belts, sources and their texts,
 * vocabularies, the allowed number words, the handbook and its section
 * registry, the glossary, the home page, datasets), on the checker's own code
 * (`checkProject.ts` and every module it imports, followed import by import:
 * the readers and checks, the quote reader, formulas, chart input rules,
 * zod schemas, URL helpers), on the packages that code imports (astro/zod,
 * yaml, remark…; with npm, the installed tree as
 * `node_modules/.package-lock.json` records it), on the Node version and on
 * the one environment variable the checker's modules read (BASE_PATH). The
 * fingerprint hashes all of it, file bytes included; only passed checks are
 * recorded, so a failing one always runs again.
 */

/** Where passed checks are recorded, relative to the project root (git-ignored with the rest of `.cache/`). */
export const checkCacheDir = '.cache/check';

/**
 * The variable `npm run build` hands `astro build` after the check passed:
 * the fingerprint it passed with. The Astro integration skips its own check
 * only when the fingerprint of the project as it is then is the same and is
 * recorded as passed (a stale or hand-set value makes it check in full).
 */
export const checkedFingerprintVariable = 'BELT_CHECKED_FINGERPRINT';

/** Folders whose every file the check may read, relative to the project root. */
export const checkedContentDirs = ['content', 'data'] as const;

/** The check's entry point, whose imports are followed to find the checker's code. */
export const checkerEntry = fileURLToPath(new URL('./checkProject.ts', import.meta.url));

/** Bump when what the fingerprint covers changes, so old records stop matching. */
const scheme = 'belt-casebook check fingerprint 1';

/** How many passed checks are kept (switching branches back and forth reuses each). */
const kept = 20;

export interface FingerprintOptions {
  /** The checker entry point to follow (default: this folder's `checkProject.ts`; tests point at a copy). */
  entry?: string;
  /** Environment to read BASE_PATH from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/**
 * The fingerprint of everything a check of the project at `root` reads:
 * equal fingerprints mean the check would report the same. Hashes file
 * bytes (a few thousand files at 1,000 cases: well under 200 ms).
 */
export function checkFingerprint(root: string, options: FingerprintOptions = {}): string {
  const hash = createHash('sha256');
  const entry = options.entry ?? checkerEntry;
  hash.update(`${scheme}\0node ${process.versions.node}\0BASE_PATH ${(options.env ?? process.env).BASE_PATH ?? ''}\0`);
  for (const dir of checkedContentDirs) for (const file of filesUnder(root, dir)) addFile(hash, `content:${file}`, join(root, file));
  const code = checkerCode(entry);
  const base = dirname(entry);
  for (const file of code.files) addFile(hash, `code:${relative(base, file).split('\\').join('/')}`, file);
  for (const [name, file] of packageFiles(base, code.packages)) addFile(hash, `package:${name}`, file);
  return hash.digest('hex').slice(0, 40);
}

/**
 * The checker's code: the entry, every module it imports (relative imports
 * followed to the end) and this file beside it, sorted; and the packages
 * they import.
 */
export function checkerCode(entry: string = checkerEntry): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!existsSync(file)) return;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  // This file, beside the entry: what the fingerprint covers is part of the key.
  files.add(join(dirname(entry), basename(fileURLToPath(import.meta.url))));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** Module specifiers a TypeScript file imports or re-exports (static, side-effect and dynamic imports; type-only too). */
export function importsOf(source: string): string[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2])!);
}

/** Whether a check of exactly this fingerprint passed before. */
export function passedBefore(root: string, fingerprint: string): boolean {
  return existsSync(join(root, checkCacheDir, `${fingerprint}.passed`));
}

/** Names the `npm run build` process (its pid) that is checking the content while `astro build` runs. */
export const checkingParentVariable = 'BELT_CHECKING_PARENT';

/**
 * Marks that the process `pid` is checking the content with this fingerprint
 * right now and will stop the build if the check fails: `npm run build`
 * starts Astro alongside its check, and Astro's integration then need not
 * check again. Returns the function that removes the mark.
 */
export function markChecking(root: string, fingerprint: string, pid: number = process.pid): () => void {
  const file = join(root, checkCacheDir, `${fingerprint}.checking-${pid}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  return () => rmSync(file, { force: true });
}

/** Whether the process named in `BELT_CHECKING_PARENT` has marked this fingerprint as being checked (markChecking). */
export function checkingInParent(root: string, fingerprint: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const pid = env[checkingParentVariable];
  return Boolean(pid && /^\d+$/.test(pid) && existsSync(join(root, checkCacheDir, `${fingerprint}.checking-${pid}`)));
}

/** Records that the check passed with this fingerprint, keeping the latest few. Never fails a build: the cache is an optimisation. */
export function recordPassed(root: string, fingerprint: string): void {
  const dir = join(root, checkCacheDir);
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: another build reading the folder never sees half a record.
    const temp = join(dir, `${fingerprint}.${process.pid}.tmp`);
    writeFileSync(temp, `${JSON.stringify({ passedAt: new Date().toISOString(), node: process.versions.node })}\n`);
    renameSync(temp, join(dir, `${fingerprint}.passed`));
    const records = readdirSync(dir)
      .filter((name) => name.endsWith('.passed'))
      .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of records.slice(kept)) rmSync(join(dir, old.name), { force: true });
  } catch {
    // A read-only or full disk only costs the next build a check.
  }
}

/** Every file under `dir` (from the project root), as root-relative paths with `/`, sorted by code unit. */
function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.isFile()))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Adds a file's name, length and bytes (or that it is missing) to the hash. */
function addFile(hash: Hash, name: string, path: string): void {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(path);
  } catch {
    bytes = undefined;
  }
  hash.update(`${name}\0${bytes ? bytes.length : 'missing'}\0`);
  if (bytes) hash.update(bytes);
}

/**
 * What says which versions of the checker's packages are installed: the
 * nearest `node_modules/.package-lock.json` above the checker (npm rewrites
 * it on every install, and it covers the packages those packages use, such
 * as zod under astro), and each package's own `package.json`.
 */
function packageFiles(from: string, packages: readonly string[]): [name: string, path: string][] {
  for (let dir = from; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    if (existsSync(modules)) return ['.package-lock.json', ...packages.map((name) => `${name}/package.json`)].map((name) => [name, join(modules, name)]);
    if (dirname(dir) === dir) return [];
  }
}
