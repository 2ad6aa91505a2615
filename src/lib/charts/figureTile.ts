import type { ChartFigure } from './types.ts';
import { figureParts } from '../format/formatFigure.ts';
import { isDerived, subjectAndLabel } from './figureWords.ts';
import { datasetRowUrl } from '../urls.ts';

/**
 * What a big-number tile says about one figure. The key-figure tiles of a page
 * (`FigureTiles.astro`) and the `tiles` chart both draw theirs from it, each in
 * its own markup.
 */
export interface FigureTile {
  /** The figure's row on its dataset page. */
  href: string;
  /** Who and what: a chart's own name for it, or “subject · label”. */
  caption: string;
  /** The figure as prose writes it, split so the bound and unit can be set smaller than the digits: 超 | 1450万 | 元. */
  parts: { prefix: string; number: string; suffix: string };
  period: string;
  /** Computed, not stated: the tile says 推算. */
  derived: boolean;
}

export function figureTile(figure: Pick<ChartFigure, 'datasetId' | 'entry'>, caption?: string): FigureTile {
  const { entry } = figure;
  return {
    href: datasetRowUrl(figure.datasetId, entry.id),
    caption: caption ?? subjectAndLabel(entry),
    parts: figureParts(entry),
    period: entry.period.label,
    derived: isDerived(entry),
  };
}
