/** The pixel size resvg gives an SVG drawn at `scale`: its root width and height, scaled and rounded up. */
export function svgPixelSize(svg: string, scale: number): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0 && height > 0)) throw new Error('an SVG to rasterise needs a numeric width and height on its root element');
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}
