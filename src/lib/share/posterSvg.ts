import { escapeXml } from '../svgText/escapeXml.ts';
import { wrap } from '../svgText/wrap.ts';
import { shareCardSize, shareCardSvg, type ShareCard } from './shareCardSvg.ts';

/** What a poster shows besides its card. */
export interface Poster {
  /** The page's link-preview card, drawn at the top. */
  card: ShareCard;
  /** The page's full address: written under the code. */
  url: string;
  /** A QR code of `url` as an SVG document (qrcode's `toString({ type: 'svg' })`). */
  qrSvg: string;
}

/** Width as the card; the band under it holds the code. */
export const posterSize = { width: shareCardSize.width, height: shareCardSize.height + 380 } as const;

const pad = 72;
const qrSize = 280;

/**
 * A page's “保存分享图”: its link-preview card with a QR code to the page
 * under it, as one standalone SVG file (the build writes it; the reader's
 * browser draws it to PNG, with the device's own Chinese sans-serif font).
 * In chat apps that show no link previews, a provider forwards this image
 * instead of a link.
 */
export function posterSvg({ card, url, qrSvg }: Poster): string {
  const { width, height } = posterSize;
  const top = shareCardSize.height;
  const cardSvg = shareCardSvg(card).replace(/^<svg\b/, '<svg x="0" y="0"');
  const qr = qrSvg
    .replace(/<\?xml[^>]*>/, '')
    .replace(/^\s*<svg\b/, `<svg x="${pad}" y="${top + 50}" width="${qrSize}" height="${qrSize}"`)
    .trim();
  const textX = pad + qrSize + 56;
  const textWidth = width - textX - pad;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    cardSvg,
    `<rect y="${top}" width="${width}" height="2" fill="#d5dae0"/>`,
    qr,
    `<text x="${textX}" y="${top + 120}" font-size="44" fill="#0b5394">扫码阅读全文</text>`,
  ];
  let y = top + 185;
  for (const line of wrap(card.title, textWidth, 30).slice(0, 2)) {
    parts.push(`<text x="${textX}" y="${y}" font-size="30" fill="#1a1d21">${escapeXml(line)}</text>`);
    y += 44;
  }
  y += 16;
  for (const line of wrap(url, textWidth, 22).slice(0, 3)) {
    parts.push(`<text x="${textX}" y="${y}" font-size="22" fill="#50575f">${escapeXml(line)}</text>`);
    y += 32;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" text-anchor="start">` +
    parts.join('') +
    '</svg>'
  );
}
