import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { posterSize, posterSvg } from '../../../src/lib/share/posterSvg.ts';
import { shareCardSize } from '../../../src/lib/share/shareCardSvg.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('posterSvg', async () => {
  const url = 'https://casebook.example.org/cases/some-case/';
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1 });
  const svg = posterSvg({ card: { kicker: '案例 · 某服务商', title: '某服务商的方法论：先测款，再放量', subtitle: '一句话。' }, url, qrSvg });

  it('puts the card on top and the code with the address below, at the poster size', () => {
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${posterSize.width}" height="${posterSize.height}"`));
    expect(posterSize.height).toBeGreaterThan(shareCardSize.height);
    expect(svg).toContain(`<svg x="72" y="${shareCardSize.height + 50}" width="280" height="280"`);
    expect(texts(svg)).toEqual(expect.arrayContaining(['案例 · 某服务商', '扫码阅读全文', url]));
  });

  it('keeps the QR code’s modules and drops its XML prolog', () => {
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain(qrSvg.match(/<path[^>]*stroke[^>]*d="([^"]{0,40})/)![1]);
  });

  it('escapes markup in the title', () => {
    const escaped = posterSvg({ card: { kicker: 'k', title: 'A & <B>', subtitle: 's' }, url, qrSvg });
    expect(escaped).toContain('A &amp; &lt;B&gt;');
    expect(escaped).not.toContain('<B>');
  });
});
