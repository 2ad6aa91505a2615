import type { BuiltChart, BuilderOptions, ChartFigure } from './types.ts';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import { figureParts } from '../format/formatFigure.ts';
import { palette } from './palette.ts';
import { layout } from './layout.ts';
import { basisText, derivedMark, figureCompact, figureProse, isDerived, subjectAndLabel } from './figureWords.ts';
import { entryHref } from './tableModel.ts';
import { checkLabels } from './checkLabels.ts';
import { escapeXml, wrap } from '../png/frameChartImage.ts';

/** Options for `tiles`. */
export interface TilesOptions extends BuilderOptions {
  /** Captions of the tiles, one per figure (default: subject · label). */
  labels?: readonly string[] | undefined;
}

/** A tile's number split so the bound and unit can be set smaller than the digits. */
export function tileParts(entry: ResolvedEntry): { prefix: string; number: string; suffix: string } {
  const parts = figureParts(entry);
  // On a tile “%” belongs to the big number, and a rank reads “前10名”.
  if (entry.unit === 'percentChange' || entry.unit === 'percent') return { ...parts, number: parts.number + parts.suffix, suffix: '' };
  if (entry.unit === 'rank') return { ...parts, suffix: '名' };
  return parts;
}

/**
 * Big-number tiles (1450万, 1亿, 2.5亿, 3180万小时, 832亿次) as HTML: a list,
 * readable without CSS, each number linked to its row on the dataset page.
 * Also draws the same tiles as an SVG for the saved image.
 */
export function tiles(figures: readonly ChartFigure[], options: TilesOptions): BuiltChart {
  if (figures.length === 0) throw new Error('tiles: expected at least one figure');
  checkLabels(options.labels, figures.length, 'tiles');
  const items = figures.map((figure, i) => ({
    figure,
    caption: options.labels?.[i] ?? subjectAndLabel(figure.entry),
    parts: tileParts(figure.entry),
    derived: isDerived(figure.entry),
  }));
  const esc = escapeXml;
  const markup =
    `<ul class="bc-tiles" aria-describedby="${options.id}-desc">` +
    items
      .map(
        ({ figure, caption, parts, derived }) =>
          `<li class="bc-tile${derived ? ' bc-tile--derived' : ''}">` +
          `<a class="bc-tile__link" href="${entryHref(figure.datasetId, figure.entry.id)}">` +
          `<span class="bc-tile__value">${parts.prefix ? `<span class="bc-tile__bound">${esc(parts.prefix)}</span>` : ''}<span class="bc-tile__number">${esc(parts.number)}</span>${parts.suffix ? `<span class="bc-tile__unit">${esc(parts.suffix)}</span>` : ''}</span>` +
          `<span class="bc-tile__caption">${esc(caption)}</span>` +
          `<span class="bc-tile__period">${esc(figure.entry.period.label)}${derived ? ` · ${derivedMark}` : ''}</span>` +
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
  const cells = items.map(({ caption, parts, derived, figure }, i) => {
    const x = (i % cols) * (tileW + gap);
    const y = Math.floor(i / cols) * (tileH + gap);
    const captionLines = wrap(caption, tileW - 24, 14).slice(0, 2);
    return (
      `<g transform="translate(${x},${y})">` +
      `<rect width="${tileW}" height="${tileH}" rx="6" fill="#f3f4f6" stroke="${derived ? palette.current : 'none'}" stroke-dasharray="4,3"/>` +
      `<text x="12" y="44" font-size="30" fill="${palette.current}">${parts.prefix ? `<tspan font-size="16">${esc(parts.prefix)}</tspan>` : ''}${esc(parts.number)}${parts.suffix ? `<tspan font-size="16">${esc(parts.suffix)}</tspan>` : ''}</text>` +
      captionLines.map((line, k) => `<text x="12" y="${70 + k * 18}" font-size="14" fill="${palette.text}">${esc(line)}</text>`).join('') +
      `<text x="12" y="${tileH - 8}" font-size="12" fill="${palette.muted}">${esc(figure.entry.period.label)}${derived ? ` · ${derivedMark}` : ''}</text>` +
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
    description: `${items.length}个关键数字:` + items.map(({ caption, figure, derived }) => `${caption}${figureProse(figure.entry)}(${figure.entry.period.label}${derived ? `,${derivedMark}` : ''})`).join('；') + '。',
    table: {
      caption: '关键数字',
      columns: ['数字', '数值', '时期', '依据'],
      rows: items.map(({ figure, caption, derived }) => ({
        header: caption,
        cells: [figureCompact(figure.entry), figure.entry.period.label, basisText(figure.entry)],
        href: entryHref(figure.datasetId, figure.entry.id),
        derived,
      })),
    },
  };
}
