import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartPng, flatPng, pngSize } from '../../../src/lib/png/chartPng.ts';
import { svgPixelSize } from '../../../src/lib/png/svgPixelSize.ts';
import { drainRasterPool, startRasterPool } from '../../../src/lib/png/rasterPool.ts';
import { shareCardImage, shareCardSvg } from '../../../src/lib/share/shareCardSvg.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'raster-pool-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  delete process.env.BELT_RASTER_THREADS;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Cards with different words, so a batch's shared font subset differs from each card's own.
const cards = Array.from({ length: 5 }, (_, i) =>
  shareCardImage({ kicker: ['案例', '方法论手册', '服务商', '产业带', '数据'][i]!, title: `第${i}张卡片：${'测款预热直播复盘'.slice(i)}`, subtitle: '每个数字都附原文出处。' }),
);

describe('raster pool', () => {
  it('draws on worker threads exactly what the main thread draws, after the build waits for it', async () => {
    const inPlace = scratch();
    const pooled = scratch();
    const expected = await Promise.all(cards.map((card) => flatPng(card, { cacheDir: inPlace })));
    process.env.BELT_RASTER_THREADS = '2';
    expect(startRasterPool()).toBe(true);
    const queued = await Promise.all(cards.map((card) => flatPng(card, { cacheDir: pooled })));
    // Address and size are known before the image exists.
    expect(queued.map((q) => [q.url, q.width, q.height])).toEqual(expected.map((e) => [e.url, e.width, e.height]));
    expect(await drainRasterPool()).toBe(cards.length);
    for (const [i, q] of queued.entries()) {
      expect(pngSize(q.file)).toEqual({ width: 1200, height: 630 });
      expect(readFileSync(q.file).equals(readFileSync(expected[i]!.file)), `card ${i} is byte-identical`).toBe(true);
    }
  });

  it('queues an image once however many pages link it, and draws in place with no pool', async () => {
    const dir = scratch();
    process.env.BELT_RASTER_THREADS = '1';
    startRasterPool();
    await flatPng(cards[0]!, { cacheDir: dir });
    await flatPng(cards[0]!, { cacheDir: dir });
    expect(await drainRasterPool()).toBe(1);
    expect(await drainRasterPool()).toBe(0);
    const drawn = await flatPng(cards[1]!, { cacheDir: dir });
    expect(pngSize(drawn.file)).toEqual({ width: 1200, height: 630 });
  });

  it('draws SVGs with resvg on the threads too, in a batch with flat images', async () => {
    const inPlace = scratch();
    const pooled = scratch();
    const svg = shareCardSvg({ kicker: '案例', title: '由 resvg 画的卡片', subtitle: '同一批里还有合成的卡片。' });
    const expected = await chartPng(svg, { scale: 1, cacheDir: inPlace });
    process.env.BELT_RASTER_THREADS = '1';
    startRasterPool();
    const queued = await chartPng(svg, { scale: 1, cacheDir: pooled });
    await flatPng(cards[2]!, { cacheDir: pooled });
    expect(await drainRasterPool()).toBe(2);
    expect(readFileSync(queued.file).equals(readFileSync(expected.file))).toBe(true);
  });

  it('reads the pixel size from the SVG root, scaled and rounded up', () => {
    expect(svgPixelSize('<svg xmlns="http://www.w3.org/2000/svg" width="333.5" height="100" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>', 2)).toEqual({ width: 667, height: 200 });
    expect(() => svgPixelSize('<svg viewBox="0 0 1 1"/>', 1)).toThrow(/width and height/);
  });
});
