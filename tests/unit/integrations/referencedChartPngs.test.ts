import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referencedChartPngs } from '../../../src/integrations/chartPngIntegration.ts';

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
