import { describe, expect, it } from 'vitest';
import { posterSize, posterSvg } from '../../../src/lib/share/posterSvg.ts';
import { shareCardSize } from '../../../src/lib/share/shareCardSvg.ts';
import { qrCodeSvg } from '../../../src/lib/handbook/qrSvg.ts';
import { svgHasQrCodeOf } from '../../support/qr.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('posterSvg', async () => {
  const url = 'https://casebook.example.org/cases/some-case/';
  const qrSvg = await qrCodeSvg(url);
  const svg = posterSvg({ card: { kicker: '案例 · 某服务商', title: '某服务商的方法论：先测款，再放量', subtitle: '一句话。' }, url, qrSvg });

  it('puts the card on top and the code with the address below, at the poster size', () => {
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${posterSize.width}" height="${posterSize.height}"`));
    expect(posterSize.height).toBeGreaterThan(shareCardSize.height);
    expect(svg).toContain(`<svg x="72" y="${shareCardSize.height + 50}" width="280" height="280"`);
    expect(texts(svg)).toEqual(expect.arrayContaining(['案例 · 某服务商', '扫码阅读全文', url]));
  });

  it('is a standalone SVG file a browser can open or draw: namespace, pixel size, balanced nesting, the device’s sans-serif font', () => {
    const root = /^<svg\b[^>]*>/.exec(svg)![0];
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain(`viewBox="0 0 ${posterSize.width} ${posterSize.height}"`);
    expect(root).toContain('font-family="sans-serif"');
    expect(svg.match(/<svg\b/g)!.length).toBe(svg.match(/<\/svg>/g)!.length);
    expect(svg.endsWith('</svg>')).toBe(true);
    // No external resource: an SVG drawn as an image loads nothing else.
    expect(svg).not.toMatch(/href=|url\(|@import|<image\b|<foreignObject\b/);
  });

  it('keeps the QR code of the address, without its XML prolog', () => {
    expect(svg).not.toContain('<?xml');
    expect(svgHasQrCodeOf(svg, url)).toBe(true);
    expect(svgHasQrCodeOf(svg, 'https://casebook.example.org/cases/another-case/')).toBe(false);
  });

  it('escapes markup in the title', () => {
    const escaped = posterSvg({ card: { kicker: 'k', title: 'A & <B>', subtitle: 's' }, url, qrSvg });
    expect(escaped).toContain('A &amp; &lt;B&gt;');
    expect(escaped).not.toContain('<B>');
  });
});
