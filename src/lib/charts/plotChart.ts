import * as Plot from '@observablehq/plot';
import type { BuiltChart } from './types.ts';
import { layout } from './layout.ts';
import { finalizeSvg } from './finalizeSvg.ts';
import { SvgDocument, type SvgElement } from './svgDom.ts';

/** Plot options for `plotChart`: the height is required, margins default to `layout`'s. */
export type PlotChartOptions = Omit<Plot.PlotOptions, 'document' | 'width'> & { height: number };

/**
 * Draws a Plot chart at the shared width and font size, then makes the SVG
 * deterministic and valid (`finalizeSvg`), named and described by the
 * figure's title and long description (`<id>-title`, `<id>-desc`).
 */
export function plotChart(id: string, options: PlotChartOptions): Pick<BuiltChart, 'markup' | 'kind' | 'imageSvg' | 'width' | 'height'> {
  const svg = Plot.plot({
    document: plotDocument() as unknown as Document,
    width: layout.width,
    marginTop: layout.marginTop,
    marginBottom: layout.marginBottom,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    ...options,
  }) as unknown as SvgElement;
  svg.setAttribute('font-size', String(layout.fontSize));
  const markup = finalizeSvg(svg, { labelledBy: `${id}-title`, describedBy: `${id}-desc` });
  return { markup, kind: 'svg', imageSvg: markup, width: layout.width, height: options.height };
}

let cachedDocument: SvgDocument | undefined;

/**
 * A server-side DOM for Plot to draw into (svgDom.ts: just what our charts
 * need). One per process; Plot only creates detached elements in it.
 */
export function plotDocument(): SvgDocument {
  cachedDocument ??= new SvgDocument();
  return cachedDocument;
}
