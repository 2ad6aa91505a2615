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

/** Every code point of the Basic Multilingual Plane but surrogates: asks harfbuzz to keep every glyph the font maps. */
function everyCharacter(): string {
  let chars = '';
  for (let c = 0x20; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) chars += String.fromCharCode(c);
  return chars;
}

const sfntSources = new Map<string, Promise<Buffer[]>>();

/**
 * The chart font as TrueType, converted from WOFF once and kept in `dir`
 * between builds (named by the font's fingerprint). subset-font converts a
 * WOFF source on every call (about 40 ms for the Chinese file), a TrueType
 * source it reads in place (about 2 ms a subset): converting once makes a
 * subset per image batch nearly free. In resvg's order of preference: Latin
 * first (the family's default face), then the Chinese file.
 */
export function chartFontSfnt(dir: string): Promise<Buffer[]> {
  let sources = sfntSources.get(dir);
  if (sources) return sources;
  sources = Promise.all(
    fontSources().map(async (source, i) => {
      const file = join(dir, `full-${chartFontFingerprint()}-${i}.ttf`);
      if (existsSync(file)) return readFileSync(file);
      const sfnt = await subsetFont(source.bytes, everyCharacter(), { targetFormat: 'sfnt' });
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, sfnt);
      renameSync(tmp, file);
      return sfnt;
    }),
  );
  sfntSources.set(dir, sources);
  return sources;
}

/**
 * TrueType subsets of the chart font holding `text`'s glyphs, written to
 * `dir` (named by a hash of the glyphs) so resvg can load them by path.
 * resvg parses every font file it is given for every image, so a small
 * subset (about 2 ms) beats handing it the whole font (about 17 ms a card).
 */
export async function subsetChartFont(text: string, dir: string): Promise<string[]> {
  const glyphs = [...new Set(text)].sort().join('');
  const key = createHash('sha256').update(chartFontFingerprint()).update(glyphs).digest('hex').slice(0, 16);
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  const sources = await chartFontSfnt(dir);
  for (const [i, source] of sources.entries()) {
    const file = join(dir, `${key}-${i}.ttf`);
    if (!existsSync(file)) {
      const subset = await subsetFont(source, glyphs, { targetFormat: 'sfnt' });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, subset);
      renameSync(tmp, file);
    }
    out.push(file);
  }
  return out;
}
