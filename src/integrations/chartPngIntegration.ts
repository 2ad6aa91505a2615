import type { AstroIntegration } from 'astro';
import { existsSync, createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../lib/png/imageCacheDir.ts';
import { chartImageLinksVariable, linkChartImages, missingChartImages, referencedChartPngs } from '../lib/png/chartImageLinks.ts';
import { drainRasterPool, startRasterPool } from '../lib/png/rasterPool.ts';
import { finishSvgImageWrites, startSvgImageWrites } from '../lib/png/svgImageFile.ts';
import { chartImageFolder, chartImageUrl } from '../lib/urls.ts';

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
        // Under `npm run build`, which links them itself while Pagefind indexes (src/cli/build.ts).
        const handOver = process.env[chartImageLinksVariable];
        if (handOver) {
          await writeFile(handOver, JSON.stringify({ cacheDir }));
          return;
        }
        const outDir = fileURLToPath(dir);
        const names = referencedChartPngs(outDir);
        const missing = missingChartImages(names, cacheDir);
        if (missing.length) throw new Error(`chart images linked from pages but missing from ${cacheDir}: ${missing.join(', ')}`);
        linkChartImages(names, cacheDir, outDir);
        logger.info(`copied ${names.size} chart images and share cards to ${chartImageFolder}/`);
      },
    },
  };
}
