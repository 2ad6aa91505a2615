import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheLinksVariable,
  cachedOutputFile,
  incrementalCacheClass,
  incrementalCacheLinks,
  makeCacheLinks,
  type CacheLink,
} from '../../../src/integrations/incrementalCacheLinks.ts';

const dir = mkdtempSync(join(tmpdir(), 'cache-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = { info: () => {}, warn: () => {} };
type Hook = (options: unknown) => Promise<void>;

describe("Astro's incremental cache as hard links", () => {
  it('finds the method it replaces in the Astro this project uses (an upgrade that moves it fails here)', async () => {
    const cacheClass = await incrementalCacheClass();
    expect(typeof cacheClass?.prototype.writeOutputFile).toBe('function');
  });

  it('names the cached copy as Astro does, decoding the page path', () => {
    const cacheDir = pathToFileURL(join(dir, 'cache') + '/');
    expect(cachedOutputFile(cacheDir, 'cases/service/%E4%BE%9B%E5%BA%94/index.html')).toBe(join(dir, 'cache', 'dist', 'cases', 'service', '供应', 'index.html'));
  });

  it('makes each cached copy the built page itself, replacing an older copy', () => {
    const built = join(dir, 'out', 'a', 'index.html');
    mkdirSync(join(dir, 'out', 'a'), { recursive: true });
    writeFileSync(built, '<p>new</p>');
    const cached = join(dir, 'cache', 'dist', 'a', 'index.html');
    const links: CacheLink[] = [{ built, cached }];
    makeCacheLinks(links);
    expect(statSync(cached).ino).toBe(statSync(built).ino);
    // A page rendered again: the old copy is replaced.
    const rebuilt = join(dir, 'out2', 'index.html');
    mkdirSync(join(dir, 'out2'));
    writeFileSync(rebuilt, '<p>newer</p>');
    makeCacheLinks([{ built: rebuilt, cached }]);
    expect(readFileSync(cached, 'utf8')).toBe('<p>newer</p>');
    expect(statSync(cached).ino).toBe(statSync(rebuilt).ino);
  });

  it('has Astro note the pages while they render, then links them, or hands the list to npm run build', async () => {
    const cacheClass = (await incrementalCacheClass())!;
    const original = cacheClass.prototype.writeOutputFile;
    const integration = incrementalCacheLinks();
    const start = integration.hooks['astro:build:start'] as Hook;
    const done = integration.hooks['astro:build:done'] as Hook;
    const outDir = join(dir, 'site');
    mkdirSync(join(outDir, 'p'), { recursive: true });
    writeFileSync(join(outDir, 'p', 'index.html'), 'page');
    const settings = { config: { cacheDir: pathToFileURL(join(dir, 'astro-cache') + '/') } };

    await start({ logger });
    expect(cacheClass.prototype.writeOutputFile).not.toBe(original);
    await cacheClass.prototype.writeOutputFile!.call({}, settings, 'p/index.html', 'page');
    const cached = join(dir, 'astro-cache', 'dist', 'p', 'index.html');
    expect(existsSync(cached)).toBe(false); // noted, not written
    await done({ dir: pathToFileURL(outDir), logger });
    expect(cacheClass.prototype.writeOutputFile).toBe(original);
    expect(statSync(cached).ino).toBe(statSync(join(outDir, 'p', 'index.html')).ino);

    const handOver = join(dir, 'links.json');
    process.env[cacheLinksVariable] = handOver;
    try {
      await start({ logger });
      await cacheClass.prototype.writeOutputFile!.call({}, settings, 'p/index.html', 'page');
      await done({ dir: pathToFileURL(outDir + '/'), logger });
    } finally {
      delete process.env[cacheLinksVariable];
    }
    expect(JSON.parse(readFileSync(handOver, 'utf8'))).toEqual([{ built: join(outDir, 'p', 'index.html'), cached }]);
    expect(cacheClass.prototype.writeOutputFile).toBe(original);
  });
});
