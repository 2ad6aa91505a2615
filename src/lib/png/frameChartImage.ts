import { palette } from '../charts/palette.ts';
import { escapeXml } from '../svgText/escapeXml.ts';
import { wrap } from '../svgText/wrap.ts';

/** What the saved image says around the chart. */
export interface ChartImageParts {
  title: string;
  takeaway: string;
  unit: string;
  /** “来源：…” line. */
  source: string;
  /** The chart's self-contained SVG and its size. */
  svg: string;
  width: number;
  height: number;
}

const pad = 16;
const siteName = '产业带案例库';

/**
 * The chart as a merchant saves it: title, takeaway and unit above, source and
 * site name below, on white. A chart forwarded in a chat app keeps its context.
 */
export function frameChartImage(parts: ChartImageParts): string {
  const width = parts.width + pad * 2;
  const inner = parts.width;
  const lines: { text: string; size: number; fill: string }[] = [
    ...wrap(parts.title, inner, 18).map((text) => ({ text, size: 18, fill: palette.text })),
    ...wrap(parts.takeaway, inner, 14).map((text) => ({ text, size: 14, fill: palette.text })),
    ...wrap(parts.unit, inner, 14).map((text) => ({ text, size: 14, fill: palette.muted })),
  ];
  let y = pad;
  const head = lines.map((l) => {
    y = round(y + l.size * 1.4);
    return `<text x="${pad}" y="${round(y - l.size * 0.3)}" font-size="${l.size}" fill="${l.fill}">${escapeXml(l.text)}</text>`;
  });
  y += 8;
  const chartTop = y;
  y += parts.height + 8;
  const foot = wrap(`${parts.source} · ${siteName}`, inner, 14).map((text) => {
    y = round(y + 14 * 1.4);
    return `<text x="${pad}" y="${y - 4}" font-size="14" fill="${palette.muted}">${escapeXml(text)}</text>`;
  });
  const height = Math.ceil(y + pad);
  const chart = parts.svg
    .replace(/^<svg\b/, `<svg x="${pad}" y="${chartTop}"`)
    .replace(/\s(?:role|aria-labelledby|aria-describedby)="[^"]*"/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" text-anchor="start">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${head.join('')}${chart}${foot.join('')}</svg>`
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
