import { escapeXml } from '../svgText/escapeXml.ts';

/**
 * An image made of flat colours only: opaque rectangles on pixel edges and
 * single-colour lines of text, painted in order. The share card is one
 * (shareCardSvg.ts). The same description gives the SVG (what resvg draws,
 * and what the cache key hashes) and the pixels composed by flatRaster.ts,
 * so a change of design is a change to the module that builds the image.
 * What it can hold: opaque rectangles on whole pixels and one-colour text
 * lines (start or end anchored) in the chart font, with at most seven pairs of
 * text colour over background colour (32 steps each within PNG's 256-colour
 * palette: the compositor says so if a design needs more). Gradients, images,
 * strokes or opacity need the SVG drawn by resvg instead (chartPng).
 */
export interface FlatImage {
  width: number;
  height: number;
  /** The colour under everything (`#rrggbb`). */
  background: string;
  /** Font family of the SVG's root (the compositor draws with the fonts it is given). */
  fontFamily: string;
  items: FlatItem[];
}

/** A filled rectangle: whole pixels, so its edges are sharp in SVG and in the composed image alike. */
export interface FlatRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** One line of text at baseline `y`, starting at `x` (`anchor: 'end'`: ending at `x`). */
export interface FlatText {
  kind: 'text';
  x: number;
  y: number;
  size: number;
  fill: string;
  anchor: 'start' | 'end';
  text: string;
}

export type FlatItem = FlatRect | FlatText;

/** The image as SVG: the attributes in a fixed order, so the same image is always the same string. */
export function flatImageSvg(image: FlatImage): string {
  const { width, height } = image;
  const parts = image.items.map((item) => {
    if (item.kind === 'rect') {
      const at = `${item.x ? ` x="${item.x}"` : ''}${item.y ? ` y="${item.y}"` : ''}`;
      return `<rect${at} width="${item.width}" height="${item.height}" fill="${item.fill}"/>`;
    }
    const anchor = item.anchor === 'end' ? ' text-anchor="end"' : '';
    return `<text x="${item.x}" y="${item.y}" font-size="${item.size}" fill="${item.fill}"${anchor}>${escapeXml(item.text)}</text>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${image.fontFamily}" text-anchor="start">` +
    parts.join('') +
    '</svg>'
  );
}

/**
 * The characters SVG draws for a text element's content (xml:space="default"):
 * newlines removed, tabs made spaces, leading and trailing spaces stripped and
 * runs of spaces made one.
 */
export function svgDisplayText(text: string): string {
  return text.replace(/[\r\n]/g, '').replace(/\t/g, ' ').replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}
