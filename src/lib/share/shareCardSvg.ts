import { escapeXml } from '../svgText/escapeXml.ts';
import { wrap } from '../svgText/wrap.ts';

/** What a link-preview card says. */
export interface ShareCard {
  /** Small line above the title: the kind of page (“案例 · 乐栩”, “方法论手册”). */
  kicker: string;
  /** The page title, up to three lines. */
  title: string;
  /** One or two lines under the title (the page description). */
  subtitle: string;
  /** An optional big figure with its label (“超1450万元”, “8月14日单日销售总额”). */
  figure?: { value: string; label: string } | undefined;
}

/** The size chat apps and social sites expect for a large preview image. */
export const shareCardSize = { width: 1200, height: 630 } as const;

const pad = 72;
const colors = { bg: '#ffffff', band: '#0b5394', text: '#1a1d21', muted: '#50575f', accent: '#0b5394' };

/**
 * The link-preview image of a page as SVG (drawn to PNG at build time):
 * a chat app shows it as the card when a provider shares a case or chapter.
 */
export function shareCardSvg(card: ShareCard): string {
  const { width, height } = shareCardSize;
  const inner = width - pad * 2 - (card.figure ? 360 : 0);
  const titleLines = clamp(wrap(card.title, inner, 60), 3);
  const subtitleLines = clamp(wrap(card.subtitle, width - pad * 2, 30), 2);
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${colors.bg}"/>`,
    `<rect width="${width}" height="12" fill="${colors.band}"/>`,
    `<text x="${pad}" y="104" font-size="30" fill="${colors.accent}">${escapeXml(card.kicker)}</text>`,
  ];
  let y = 190;
  for (const line of titleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="60" fill="${colors.text}">${escapeXml(line)}</text>`);
    y += 78;
  }
  y += 12;
  for (const line of subtitleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="30" fill="${colors.muted}">${escapeXml(line)}</text>`);
    y += 44;
  }
  if (card.figure) {
    const x = width - pad;
    parts.push(`<text x="${x}" y="220" font-size="64" fill="${colors.accent}" text-anchor="end">${escapeXml(card.figure.value)}</text>`);
    clamp(wrap(card.figure.label, 320, 26), 2).forEach((line, i) => {
      parts.push(`<text x="${x}" y="${266 + i * 36}" font-size="26" fill="${colors.muted}" text-anchor="end">${escapeXml(line)}</text>`);
    });
  }
  parts.push(
    `<rect y="${height - 86}" width="${width}" height="86" fill="#f4f6f8"/>`,
    `<text x="${pad}" y="${height - 32}" font-size="30" fill="${colors.text}">产业带案例库</text>`,
    `<text x="${width - pad}" y="${height - 32}" font-size="24" fill="${colors.muted}" text-anchor="end">每个数字都附原文出处</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" text-anchor="start">` +
    parts.join('') +
    '</svg>'
  );
}

/** Keeps at most `max` lines, ending the last kept one with “…” when text was cut. */
function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, -1)}…`;
  return kept;
}
