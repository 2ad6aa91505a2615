import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../lib/png/chartPng.ts';
import { chartImageFolder, chartImageUrl } from '../lib/urls.ts';

const pngRef = new RegExp(`/${chartImageFolder}/([0-9a-f]{16})\\.png`, 'g');

/** Every chart PNG the built pages link to, by hash. */
export function referencedChartPngs(outDir: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) for (const m of readFileSync(full, 'utf8').matchAll(pngRef)) found.add(m[1]!);
    }
  };
  walk(outDir);
  return found;
}

/**
 * Serves chart PNGs at `chartImageUrl(hash)`. `<Chart>` draws each PNG into the
 * cache while the page renders (content-addressed, so pages never share state);
 * after the build this copies the ones the pages link to into the output, and
 * in dev it serves them from the cache. A link to a PNG missing from the cache
 * fails the build rather than ship a broken 保存图片.
 */
export function chartPngIntegration(options: { cacheDir?: string } = {}): AstroIntegration {
  const cacheDir = options.cacheDir ?? defaultCacheDir;
  return {
    name: 'belt-casebook:chart-png',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const hash = /([0-9a-f]{16})\.png$/.exec(req.url ?? '')?.[1];
          const file = hash && req.url === chartImageUrl(hash) ? join(cacheDir, `${hash}.png`) : undefined;
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', 'image/png');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = referencedChartPngs(outDir);
        const target = join(outDir, chartImageFolder);
        mkdirSync(target, { recursive: true });
        const missing: string[] = [];
        for (const hash of hashes) {
          const from = join(cacheDir, `${hash}.png`);
          if (!existsSync(from)) missing.push(hash);
          else copyFileSync(from, join(target, `${hash}.png`));
        }
        if (missing.length) throw new Error(`chart PNGs linked from pages but missing from ${cacheDir}: ${missing.join(', ')}`);
        logger.info(`copied ${hashes.size} chart PNGs to ${chartImageFolder}/`);
      },
    },
  };
}
