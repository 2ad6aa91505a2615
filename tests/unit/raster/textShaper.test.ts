import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartFontSfnt } from '../../../src/lib/png/chartFont.ts';
import { TextShaper } from '../../../src/lib/raster/textShaper.ts';

let dir: string;
let shaper: TextShaper;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'text-shaper-'));
  shaper = new TextShaper(await chartFontSfnt(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TextShaper', () => {
  it('shapes a Latin line with the first (Latin) font, kerned', () => {
    const line = shaper.shape('AV', 100);
    expect(line.glyphs.map((g) => g.font)).toEqual([0, 0]);
    const apart = shaper.shape('A', 100).width + shaper.shape('V', 100).width;
    expect(line.width).toBeLessThan(apart);
  });

  it('shapes a whole line with the Chinese font when the Latin one lacks a character, as resvg does', () => {
    const line = shaper.shape('案例 · 乐栩 2024', 30);
    expect(new Set(line.glyphs.map((g) => g.font))).toEqual(new Set([1]));
    expect(line.glyphs.every((g) => g.glyph > 0)).toBe(true);
  });

  it('places glyphs by their advances at the font size: 1 em for Chinese, 0.555 em for a digit', () => {
    const line = shaper.shape('超1万', 60);
    expect(line.glyphs.map((g) => g.x)).toEqual([0, 60, 60 + 33.3]);
    expect(line.width).toBeCloseTo(60 + 33.3 + 60, 6);
  });

  it('gives the outline of a glyph in font units', () => {
    const [g] = shaper.shape('口', 10).glyphs;
    const { commands, upem } = shaper.outline(g!.font, g!.glyph);
    expect(upem).toBe(1000);
    expect(commands.filter((c) => c.type === 'M')).toHaveLength(2);
  });
});
