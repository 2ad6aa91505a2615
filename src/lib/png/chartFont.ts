import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The Chinese font of chart images: Noto Sans SC from @fontsource (an npm
 * package, so the build downloads nothing). It ships WOFF only and resvg reads
 * TTF/OTF, so each image gets a TrueType subset of just the glyphs it uses;
 * Latin and CJK come as separate files, resvg falls back from one to the other.
 */
export const chartFontFamily = 'Noto Sans SC';

const fontFiles = [
  '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff',
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
];

function resolveFont(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    // Bundled by Astro, import.meta.url may sit outside node_modules' reach.
    return join(process.cwd(), 'node_modules', specifier);
  }
}

let sources: { path: string; bytes: Buffer }[] | undefined;
let fingerprint: string | undefined;

function fontSources() {
  sources ??= fontFiles.map((f) => {
    const path = resolveFont(f);
    return { path, bytes: readFileSync(path) };
  });
  return sources;
}

/** A hash of the font files, part of every image's cache key: a new font redraws every image. */
export function chartFontFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256');
    for (const { bytes } of fontSources()) hash.update(bytes);
    fingerprint = hash.digest('hex').slice(0, 16);
  }
  return fingerprint;
}

/**
 * TrueType subsets of the chart font holding `text`'s glyphs, written to
 * `dir` (named by a hash of the glyphs) so resvg can load them by path.
 */
export async function subsetChartFont(text: string, dir: string): Promise<string[]> {
  const glyphs = [...new Set(text)].sort().join('');
  const key = createHash('sha256').update(chartFontFingerprint()).update(glyphs).digest('hex').slice(0, 16);
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const [i, source] of fontSources().entries()) {
    const file = join(dir, `${key}-${i}.ttf`);
    if (!existsSync(file)) {
      const subset = await subsetFont(source.bytes, glyphs, { targetFormat: 'sfnt' });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, subset);
      renameSync(tmp, file);
    }
    out.push(file);
  }
  return out;
}
