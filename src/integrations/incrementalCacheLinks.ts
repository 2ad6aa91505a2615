import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { linkOrCopy } from '../lib/fs/linkTree.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Astro's incremental build (`experimental.incrementalBuild`) keeps a copy of
 * every keyed page in its cache (`.cache/astro/dist/`) to restore it from in
 * the next build. It writes that copy while the page renders, right after the
 * page itself: a second new file, a second directory and three more trips to
 * the file-system threads for every page, on the thread that renders pages
 * (at 1,000 cases, 4,565 files and 2,556 directories). This integration has
 * Astro note the page instead, and once the pages are written makes each
 * cached copy a hard link to the page in the output: the same bytes, no new
 * file. Nothing edits a built page in place afterwards (the output folder is
 * swapped whole), so the two names never differ.
 *
 * It replaces a method of Astro's internal `IncrementalBuildCache`
 * (astro/dist/core/build/incremental.js, Astro 7.3). When that module or
 * method is not there (another Astro version) it leaves Astro as it is and
 * says so: the cache is then written by Astro, as before.
 */

/** What the replaced method receives (Astro's settings: only the cache folder is read). */
type Settings = { config: { cacheDir: URL } };
type WriteOutputFile = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;
interface CacheClass {
  prototype: { writeOutputFile?: WriteOutputFile };
}

/** Astro's incremental-build cache class, found beside the `astro` package this project uses. */
export async function incrementalCacheClass(): Promise<CacheClass | undefined> {
  try {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const file = join(astroDir, 'dist', 'core', 'build', 'incremental.js');
    if (!existsSync(file)) return undefined;
    const module = (await import(pathToFileURL(file).href)) as { IncrementalBuildCache?: CacheClass };
    return typeof module.IncrementalBuildCache?.prototype.writeOutputFile === 'function' ? module.IncrementalBuildCache : undefined;
  } catch {
    return undefined;
  }
}

/** Where Astro keeps its cached copy of `outputFile` (incremental.js's `getCachedOutputFile`). */
export function cachedOutputFile(cacheDir: URL, outputFile: string): string {
  return fileURLToPath(new URL(outputFile, new URL('dist/', cacheDir)));
}

/** A cached copy to make: the page as built, and Astro's name for its copy. */
export interface CacheLink {
  built: string;
  cached: string;
}

/**
 * The environment variable naming a file to which the links are handed
 * instead of being made here: `npm run build` (src/cli/build.ts) makes them
 * while Pagefind indexes the site, off Astro's time.
 */
export const cacheLinksVariable = 'BELT_CACHE_LINKS_FILE';

/** Makes every cached copy a hard link to its built page (`linkOrCopy`), replacing an older copy. */
export function makeCacheLinks(links: CacheLink[]): void {
  const folders = new Set<string>();
  for (const { built, cached } of links) {
    const folder = dirname(cached);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    linkOrCopy(built, cached);
  }
}

export function incrementalCacheLinks(): AstroIntegration {
  let patched: { cacheClass: CacheClass; original: WriteOutputFile } | undefined;
  let noted: { cacheDir: URL; outputFile: string }[] = [];
  return {
    name: 'belt-casebook:incremental-cache-links',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        noted = [];
        const cacheClass = await incrementalCacheClass();
        if (!cacheClass) {
          logger.warn('Astro’s incremental-build cache was not found where Astro 7.3 keeps it: Astro writes its cached pages itself (slower).');
          return;
        }
        const original = cacheClass.prototype.writeOutputFile!;
        patched = { cacheClass, original };
        cacheClass.prototype.writeOutputFile = async (settings: Settings, outputFile: string) => {
          noted.push({ cacheDir: settings.config.cacheDir, outputFile });
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!patched) return;
        patched.cacheClass.prototype.writeOutputFile = patched.original;
        patched = undefined;
        // Astro's `outputFile` is a URL path relative to the output folder (percent-encoded).
        const outDir = new URL(dir.href.endsWith('/') ? dir.href : `${dir.href}/`);
        const links = noted.splice(0).map(({ cacheDir, outputFile }) => ({ built: fileURLToPath(new URL(outputFile, outDir)), cached: cachedOutputFile(cacheDir, outputFile) }));
        const handOver = process.env[cacheLinksVariable];
        if (handOver) {
          await writeFile(handOver, JSON.stringify(links));
          return;
        }
        makeCacheLinks(links);
        if (links.length) logger.info(`linked ${links.length} pages into Astro's incremental cache`);
      },
    },
  };
}
