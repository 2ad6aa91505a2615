import { flatImageSvg, type FlatImage, type FlatItem } from '../raster/flatImage.ts';
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
const colors = { bg: '#ffffff', band: '#0b5394', text: '#1a1d21', muted: '#50575f', accent: '#0b5394', footer: '#f4f6f8' };

/**
 * The link-preview image of a page, as flat rectangles and lines of text:
 * a chat app shows it as the card when a provider shares a case or chapter.
 * Drawn to PNG at build time (flatImagePng), its SVG is `shareCardSvg`.
 */
export function shareCardImage(card: ShareCard): FlatImage {
  const { width, height } = shareCardSize;
  const inner = width - pad * 2 - (card.figure ? 360 : 0);
  const titleLines = clamp(wrap(card.title, inner, 60), 3);
  const subtitleLines = clamp(wrap(card.subtitle, width - pad * 2, 30), 2);
  const text = (x: number, y: number, size: number, fill: string, line: string, anchor: 'start' | 'end' = 'start'): FlatItem => ({ kind: 'text', x, y, size, fill, anchor, text: line });
  const items: FlatItem[] = [
    { kind: 'rect', x: 0, y: 0, width, height, fill: colors.bg },
    { kind: 'rect', x: 0, y: 0, width, height: 12, fill: colors.band },
    text(pad, 104, 30, colors.accent, card.kicker),
  ];
  let y = 190;
  for (const line of titleLines) {
    items.push(text(pad, y, 60, colors.text, line));
    y += 78;
  }
  y += 12;
  for (const line of subtitleLines) {
    items.push(text(pad, y, 30, colors.muted, line));
    y += 44;
  }
  if (card.figure) {
    const x = width - pad;
    items.push(text(x, 220, 64, colors.accent, card.figure.value, 'end'));
    clamp(wrap(card.figure.label, 320, 26), 2).forEach((line, i) => {
      items.push(text(x, 266 + i * 36, 26, colors.muted, line, 'end'));
    });
  }
  items.push(
    { kind: 'rect', x: 0, y: height - 86, width, height: 86, fill: colors.footer },
    text(pad, height - 32, 30, colors.text, '产业带案例库'),
    text(width - pad, height - 32, 24, colors.muted, '每个数字都附原文出处', 'end'),
  );
  return { width, height, background: colors.bg, fontFamily: 'sans-serif', items };
}

/** The link-preview image as SVG (what the PNG's cache key hashes; resvg draws the same picture). */
export function shareCardSvg(card: ShareCard): string {
  return flatImageSvg(shareCardImage(card));
}

/** Keeps at most `max` lines, ending the last kept one with “…” when text was cut. */
function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, -1)}…`;
  return kept;
}
