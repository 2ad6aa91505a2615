import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../lib/png/imageCacheDir.ts';
import { linkOrCopy } from '../lib/fs/linkTree.ts';
import { drainRasterPool, startRasterPool } from '../lib/png/rasterPool.ts';
import { finishSvgImageWrites, startSvgImageWrites } from '../lib/png/svgImageFile.ts';
import { chartImageFolder, chartImageUrl } from '../lib/urls.ts';

/** An image's file name, at the start of what follows `/charts/` in a page. */
const imageName = /^[0-9a-f]{16}\.(?:png|svg)/;

/** Every chart image, poster and share card the built pages link to, as file names (`<hash>.png`, `<hash>.svg`). */
export function referencedChartPngs(outDir: string): Set<string> {
  const found = new Set<string>();
  // Bytes, not text: the folder name is ASCII, and only the few places it occurs are decoded.
  const marker = Buffer.from(`/${chartImageFolder}/`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(full);
        for (let at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + marker.length)) {
          const m = imageName.exec(html.toString('latin1', at + marker.length, at + marker.length + 20));
          if (m) found.add(m[0]);
        }
      }
    }
  };
  walk(outDir);
  return found;
}

/**
 * Serves chart images and posters (SVG) and share cards (PNG) at `chartImageUrl(hash)`.
 * Pages write them into the cache while they render (content-addressed, so
 * pages never share state); share cards are drawn by a pool of worker threads
 * started here, overlapping page rendering. After the build this waits for the
 * pool, then copies the images the pages link to into the output; in dev it
 * serves them from the cache. A link to an image missing from the cache fails
 * the build rather than ship a broken card, 保存图片 or 保存分享图.
 */
export function chartPngIntegration(options: { cacheDir?: string } = {}): AstroIntegration {
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  return {
    name: 'belt-casebook:chart-png',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const [, hash, ext] = /([0-9a-f]{16})\.(png|svg)$/.exec(req.url ?? '') ?? [];
          const file = hash && (ext === 'png' || ext === 'svg') && req.url === chartImageUrl(hash, ext) ? join(cacheDir, `${hash}.${ext}`) : undefined;
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', ext === 'svg' ? 'image/svg+xml' : 'image/png');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:start': ({ logger }) => {
        startSvgImageWrites();
        if (startRasterPool()) logger.info('share cards are drawn on worker threads while pages render');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const drawn = await drainRasterPool();
        if (drawn) logger.info(`drew ${drawn} PNGs on worker threads`);
        await finishSvgImageWrites();
        const outDir = fileURLToPath(dir);
        const hashes = referencedChartPngs(outDir);
        const target = join(outDir, chartImageFolder);
        mkdirSync(target, { recursive: true });
        const missing: string[] = [];
        for (const name of hashes) {
          const from = join(cacheDir, name);
          if (!existsSync(from)) missing.push(name);
          else linkOrCopy(from, join(target, name));
        }
        if (missing.length) throw new Error(`chart images linked from pages but missing from ${cacheDir}: ${missing.join(', ')}`);
        logger.info(`copied ${hashes.size} chart images and share cards to ${chartImageFolder}/`);
      },
    },
  };
}
