import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../fs/linkTree.ts';
import { chartImageFolder } from '../urls.ts';

/**
 * The images built pages link to (chart images, posters, share cards: files
 * in the image cache named by their hash) and their links in the output's
 * `charts/` folder. The chart-image integration makes them when Astro's build
 * is done; `npm run build` makes them itself while Pagefind indexes, from the
 * same reading of the pages that keys Pagefind's cache (src/cli/build.ts).
 */

/** An image's file name, at the start of what follows `/charts/` in a page. */
const imageName = /^[0-9a-f]{16}\.(?:png|svg)/;

/** The environment variable naming the file to which the integration hands the linking over (the image cache folder, as JSON). */
export const chartImageLinksVariable = 'BELT_CHART_IMAGE_LINKS_FILE';

/** What precedes an image's name in a page, as bytes: the folder name is ASCII, and only the few places it occurs are decoded. */
const marker = Buffer.from(`/${chartImageFolder}/`);

/** Adds to `found` every image file name (`<hash>.png`, `<hash>.svg`) a page's bytes link to under `/charts/`, at any base path. */
export function chartImageNamesIn(html: Buffer, found: Set<string>): void {
  for (let at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + marker.length)) {
    const m = imageName.exec(html.toString('latin1', at + marker.length, at + marker.length + 20));
    if (m) found.add(m[0]);
  }
}

/** Every chart image, poster and share card the built pages under `outDir` link to, as file names. */
export function referencedChartPngs(outDir: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) chartImageNamesIn(readFileSync(full), found);
    }
  };
  walk(outDir);
  return found;
}

/** The names among `names` that the image cache does not hold: a page links to an image no one drew. */
export function missingChartImages(names: Iterable<string>, cacheDir: string): string[] {
  const held = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);
  return [...names].filter((name) => !held.has(name));
}

/** Links (or copies) each named image from the cache into the output's `charts/` folder. */
export function linkChartImages(names: Iterable<string>, cacheDir: string, outDir: string): void {
  const target = join(outDir, chartImageFolder);
  mkdirSync(target, { recursive: true });
  for (const name of names) linkOrCopy(join(cacheDir, name), join(target, name));
}
