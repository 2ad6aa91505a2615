import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import type { Unit } from '../../schemas/dataset.ts';
import { palette } from './palette.ts';
import { layout } from './layout.ts';
import { basisText, derivedMark, figureLabel } from './figureWords.ts';
import { figureTile, type FigureTile } from './figureTile.ts';
import { assertChartInput, figureInput } from './chartInput.ts';
import { escapeXml } from '../svgText/escapeXml.ts';
import { wrap } from '../svgText/wrap.ts';

export interface TilesOptions extends BuilderOptions {
  /** Captions of the tiles, one per figure (default: subject · label). */
  labels?: readonly string[] | undefined;
}

/** On a tile's big number “%” belongs to the digits, and a rank reads “前10名”. */
function bigNumberParts(parts: FigureTile['parts'], unit: Unit): FigureTile['parts'] {
  if (unit === 'percentChange' || unit === 'percent') return { ...parts, number: parts.number + parts.suffix, suffix: '' };
  if (unit === 'rank') return { ...parts, suffix: '名' };
  return parts;
}

/**
 * Big-number tiles (1450万, 1亿, 2.5亿, 3180万小时, 832亿次) as HTML: a list,
 * readable without CSS, each number linked to its row on the dataset page.
 * Also draws the same tiles as an SVG for the saved image.
 */
export function tiles(figures: readonly ChartFigure[], options: TilesOptions): BuiltChart {
  assertChartInput('tiles', figures.map(figureInput), options.labels);
  const items = figures.map((figure, i) => {
    const tile = figureTile(figure, options.labels?.[i]);
    return { ...tile, figure, parts: bigNumberParts(tile.parts, figure.entry.unit) };
  });
  const esc = escapeXml;
  const markup =
    `<ul class="bc-tiles" aria-describedby="${options.id}-desc">` +
    items
      .map(
        ({ href, caption, parts, period, derived }) =>
          `<li class="bc-tile${derived ? ' bc-tile--derived' : ''}">` +
          `<a class="bc-tile__link" href="${href}">` +
          `<span class="bc-tile__value">${parts.prefix ? `<span class="bc-tile__bound">${esc(parts.prefix)}</span>` : ''}<span class="bc-tile__number">${esc(parts.number)}</span>${parts.suffix ? `<span class="bc-tile__unit">${esc(parts.suffix)}</span>` : ''}</span>` +
          `<span class="bc-tile__caption">${esc(caption)}</span>` +
          `<span class="bc-tile__period">${esc(period)}${derived ? ` · ${derivedMark}` : ''}</span>` +
          `</a></li>`,
      )
      .join('') +
    `</ul>`;

  // The saved image: two tiles a row.
  const cols = items.length === 1 ? 1 : 2;
  const gap = 12;
  const tileW = (layout.width - gap * (cols - 1)) / cols;
  const tileH = 112;
  const rowsCount = Math.ceil(items.length / cols);
  const height = rowsCount * tileH + (rowsCount - 1) * gap;
  const cells = items.map(({ caption, parts, period, derived }, i) => {
    const x = (i % cols) * (tileW + gap);
    const y = Math.floor(i / cols) * (tileH + gap);
    const captionLines = wrap(caption, tileW - 24, 14).slice(0, 2);
    return (
      `<g transform="translate(${x},${y})">` +
      `<rect width="${tileW}" height="${tileH}" rx="6" fill="#f3f4f6" stroke="${derived ? palette.current : 'none'}" stroke-dasharray="4,3"/>` +
      `<text x="12" y="44" font-size="30" fill="${palette.current}">${parts.prefix ? `<tspan font-size="16">${esc(parts.prefix)}</tspan>` : ''}${esc(parts.number)}${parts.suffix ? `<tspan font-size="16">${esc(parts.suffix)}</tspan>` : ''}</text>` +
      captionLines.map((line, k) => `<text x="12" y="${70 + k * 18}" font-size="14" fill="${palette.text}">${esc(line)}</text>`).join('') +
      `<text x="12" y="${tileH - 8}" font-size="12" fill="${palette.muted}">${esc(period)}${derived ? ` · ${derivedMark}` : ''}</text>` +
      `</g>`
    );
  });
  const imageSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" font-family="sans-serif">${cells.join('')}</svg>`;

  return {
    markup,
    kind: 'html',
    imageSvg,
    width: layout.width,
    height,
    unit: '单位：见各数字',
    description: `${items.length}个关键数字：` + items.map(({ caption, figure, period, derived }) => `${caption}${figureLabel(figure.entry)}（${period}${derived ? `，${derivedMark}` : ''}）`).join('；') + '。',
    table: {
      caption: '关键数字',
      columns: ['数字', '数值', '时期', '依据'],
      rows: items.map(({ figure, caption, period, href, derived }) => ({
        header: caption,
        cells: [figureLabel(figure.entry), period, basisText(figure.entry)],
        href,
        derived,
      })),
    },
  };
}
