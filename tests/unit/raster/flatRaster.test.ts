/**
 * The share card composed from glyph coverage (flatPng.ts) against resvg's
 * rendering of the same SVG (rasteriseSvg.ts, what the build drew before):
 * the same picture within a threshold no eye can tell apart, on cards with
 * Latin, digits, punctuation, a clamped “…” title and right-aligned figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chartFontSfnt } from '../../../src/lib/png/chartFont.ts';
import { flatImagePng } from '../../../src/lib/png/flatPng.ts';
import { rasteriseSvg } from '../../../src/lib/png/rasteriseSvg.ts';
import { FlatRasteriser } from '../../../src/lib/raster/flatRaster.ts';
import { indexedPng } from '../../../src/lib/raster/indexedPng.ts';
import { pixelDifference } from '../../../src/lib/raster/pixelDifference.ts';
import { TextShaper } from '../../../src/lib/raster/textShaper.ts';
import { shareCardImage, shareCardSvg, type ShareCard } from '../../../src/lib/share/shareCardSvg.ts';
import type { FlatImage } from '../../../src/lib/raster/flatImage.ts';

/**
 * What "looks the same" means here. resvg supersamples 4×4, so an edge that
 * lands near a quarter pixel may round either way: one sample column of dark
 * text on white is up to 61 levels in a channel, on a few pixels. Anything
 * misplaced by a pixel, a wrong glyph or a wrong font breaks all three bounds.
 */
const threshold = { max: 80, mean: 0.25, shareOver32: 0.001 };

const cards: Record<string, ShareCard> = {
  'a case with a figure (text-anchor end), a middle dot and a percentage': {
    kicker: '案例 · 乐栩',
    title: '乐栩的818：千川代投加日不落直播',
    subtitle: '从测款、预热到直播，服务商把商家的供应链长处用在平台活动上，单日销售总额超1450万元。',
    figure: { value: '+40.15%', label: '成交金额环比7月份增长' },
  },
  'Latin with kerning and a ligature, quotes, brackets and an ellipsis': {
    kicker: 'ThinkPad AV To fi office',
    title: '“引号”与（括号）：A/B测试 v2.0 … 0123456789',
    subtitle: 'https://example.com/a-b/c?d=1 — 《书名》、【方括号】；问号？叹号！',
    figure: { value: '超1450万元', label: '8月14日单日销售总额' },
  },
  'spaces collapsed as SVG does, and characters neither font has (drawn as nothing by both)': {
    kicker: '  案例  ·  乐栩 ',
    title: '表情😀与生僻字𠀀，还有Ω和→箭头',
    subtitle: '①②③ ㎡ ℃ ¥100，全角空格　在此',
  },
  'a title clamped to three lines with “…”': {
    kicker: '方法论手册 · 活动前',
    title: '服务商帮助女装商家在818大促中单日销售额突破千万元，'.repeat(4),
    subtitle: '很长的描述'.repeat(30),
  },
};

let fontDir: string;
beforeAll(async () => {
  fontDir = mkdtempSync(join(tmpdir(), 'flat-raster-'));
  await chartFontSfnt(fontDir);
});
afterAll(() => rmSync(fontDir, { recursive: true, force: true }));

async function rgb(png: Buffer): Promise<{ data: Buffer; channels: number; width: number; height: number; hasAlpha: boolean }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const meta = await sharp(png).metadata();
  return { data, channels: info.channels, width: info.width, height: info.height, hasAlpha: Boolean(meta.hasAlpha) };
}

async function resvgPixels(image: FlatImage): Promise<Buffer> {
  const { flatImageSvg } = await import('../../../src/lib/raster/flatImage.ts');
  const { png } = await rasteriseSvg(flatImageSvg(image), { scale: 1, fontDir });
  return (await rgb(png)).data;
}

describe('flat share cards against resvg', () => {
  for (const [name, card] of Object.entries(cards)) {
    it(`looks the same: ${name}`, async () => {
      const reference = await resvgPixels(shareCardImage(card));
      const composed = await rgb(await flatImagePng(shareCardImage(card), fontDir));
      expect([composed.width, composed.height, composed.channels]).toEqual([1200, 630, 3]);
      const d = pixelDifference(reference, 3, composed.data, 3, 1200 * 630);
      expect(d.max, JSON.stringify(d)).toBeLessThanOrEqual(threshold.max);
      expect(d.mean, JSON.stringify(d)).toBeLessThanOrEqual(threshold.mean);
      expect(d.share, JSON.stringify(d)).toBeLessThanOrEqual(threshold.shareOver32);
    });
  }

  it('fails the threshold when text is off by one pixel or in the wrong place', async () => {
    const card = Object.values(cards)[0]!;
    const image = shareCardImage(card);
    const shifted: FlatImage = { ...image, items: image.items.map((item) => (item.kind === 'text' ? { ...item, x: item.x + 1 } : item)) };
    const reference = await resvgPixels(image);
    const composed = await rgb(await flatImagePng(shifted, fontDir));
    const d = pixelDifference(reference, 3, composed.data, 3, 1200 * 630);
    expect(d.max).toBeGreaterThan(threshold.max);
    expect(d.share).toBeGreaterThan(threshold.shareOver32);
    // A right-aligned line drawn as left-aligned.
    const unanchored: FlatImage = { ...image, items: image.items.map((item) => (item.kind === 'text' ? { ...item, anchor: 'start' as const } : item)) };
    const wrong = await rgb(await flatImagePng(unanchored, fontDir));
    expect(pixelDifference(reference, 3, wrong.data, 3, 1200 * 630).share).toBeGreaterThan(threshold.shareOver32);
  });
});

describe('flat share card PNG', () => {
  it('is an opaque 1200×630 indexed PNG that decodes to its palette', async () => {
    const image = shareCardImage(Object.values(cards)[0]!);
    const fonts = await chartFontSfnt(fontDir);
    const composed = new FlatRasteriser(new TextShaper(fonts)).compose(image);
    const png = indexedPng(composed);
    const meta = await sharp(png).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, hasAlpha: meta.hasAlpha, space: meta.space }).toEqual({
      format: 'png',
      width: 1200,
      height: 630,
      hasAlpha: false,
      space: 'srgb',
    });
    expect(meta.isPalette).toBe(true);
    expect(png.subarray(24, 26)).toEqual(Buffer.from([8, 3])); // IHDR: bit depth 8, colour type 3 (palette)
    const { data, channels } = await rgb(png);
    for (const [x, y] of [[0, 0], [600, 5], [600, 600], [100, 90], [1100, 200]] as const) {
      const entry = composed.palette[composed.scanlines[y * 1201 + 1 + x]!]!;
      expect([...data.subarray((y * 1200 + x) * channels, (y * 1200 + x) * channels + 3)]).toEqual(entry);
    }
    // White page, the blue band, the grey footer.
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x53, 0x94]);
    expect([...data.subarray((20 * 1200 + 5) * channels, (20 * 1200 + 5) * channels + 3)]).toEqual([255, 255, 255]);
    expect([...data.subarray((600 * 1200 + 5) * channels, (600 * 1200 + 5) * channels + 3)]).toEqual([0xf4, 0xf6, 0xf8]);
  });

  it('gives the same bytes for the same card, with a cold glyph cache or a warm one', async () => {
    const fonts = await chartFontSfnt(fontDir);
    const [a, b] = Object.values(cards).map(shareCardImage);
    const first = indexedPng(new FlatRasteriser(new TextShaper(fonts)).compose(a!));
    const warm = new FlatRasteriser(new TextShaper(fonts));
    warm.compose(b!);
    warm.compose(a!);
    expect(indexedPng(warm.compose(a!)).equals(first)).toBe(true);
    expect((await flatImagePng(a!, fontDir)).equals(first)).toBe(true);
  });

  it('is no larger than resvg’s RGB PNG of the same card', async () => {
    for (const card of Object.values(cards)) {
      const { png: old } = await rasteriseSvg(shareCardSvg(card), { scale: 1, fontDir });
      expect((await flatImagePng(shareCardImage(card), fontDir)).length).toBeLessThan(old.length);
    }
  });
});
