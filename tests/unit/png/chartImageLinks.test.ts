import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkChartImages, missingChartImages, referencedChartPngs } from '../../../src/lib/png/chartImageLinks.ts';

const dir = mkdtempSync(join(tmpdir(), 'referenced-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('referencedChartPngs', () => {
  it('finds every chart image, poster and card a built page links to, under any base path, and nothing else', () => {
    mkdirSync(join(dir, 'cases', 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'cases', 'a', 'index.html'),
      '<meta property="og:image" content="https://x.example/casebook/charts/0123456789abcdef.png">' +
        '<a href="/charts/fedcba9876543210.svg" download>保存图片</a>' +
        '<a href="/charts/0123456789abcdef.png">again</a>' +
        '<a href="/charts/not-a-hash.png">x</a><a href="/other/aaaaaaaaaaaaaaaa.png">y</a>' +
        '<p>/charts/ at the very end</p>/charts/',
    );
    writeFileSync(join(dir, 'index.html'), '<img src="/casebook/charts/aaaaaaaaaaaaaaaa.svg">');
    writeFileSync(join(dir, 'cases', 'a', 'data.json'), '"/charts/bbbbbbbbbbbbbbbb.png"');
    expect([...referencedChartPngs(dir)].sort()).toEqual(['0123456789abcdef.png', 'aaaaaaaaaaaaaaaa.svg', 'fedcba9876543210.svg']);
  });
});

describe('missingChartImages and linkChartImages', () => {
  it('names the linked images the cache does not hold, and links the others into charts/ with their bytes', () => {
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, '1111111111111111.png'), 'png bytes');
    writeFileSync(join(cache, '2222222222222222.svg'), '<svg/>');
    expect(missingChartImages(['1111111111111111.png', '3333333333333333.png'], cache)).toEqual(['3333333333333333.png']);
    expect(missingChartImages(['1111111111111111.png'], join(dir, 'no-cache'))).toEqual(['1111111111111111.png']);
    linkChartImages(['1111111111111111.png', '2222222222222222.svg'], cache, out);
    expect(readFileSync(join(out, 'charts', '1111111111111111.png'), 'utf8')).toBe('png bytes');
    expect(readFileSync(join(out, 'charts', '2222222222222222.svg'), 'utf8')).toBe('<svg/>');
    // A hard link: the output's file is the cache's, no bytes copied.
    expect(statSync(join(out, 'charts', '1111111111111111.png')).ino).toBe(statSync(join(cache, '1111111111111111.png')).ino);
  });
});
