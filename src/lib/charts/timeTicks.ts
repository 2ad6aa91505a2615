import { scaleUtc } from 'd3';
import { formatDateCN } from '../format/formatDateCN.ts';
import { textWidth } from '../svgText/textWidth.ts';

export interface TimeTicksOptions {
  /** First and last instant of the axis. */
  domain: readonly [Date, Date];
  /** Pixel range of the axis inside the drawing. */
  range: readonly [number, number];
  /** Days, months or years, by how long the axis is. */
  precision: 'day' | 'month' | 'year';
  fontSize: number;
  /** Most ticks wanted. */
  maxTicks?: number;
  /** Least room between two neighbouring labels, in em. */
  gapEm?: number;
  /** The drawing's horizontal extent: a tick whose label would reach past it is dropped. */
  bounds: readonly [number, number];
}

/**
 * Labels of a run of dates written the short way: the year (and, for days,
 * the month) only where it changes, as a Chinese calendar axis reads:
 * 2021年7月 · 10月 · 2022年1月 · 4月.
 */
export function timeTickLabels(dates: readonly Date[], precision: TimeTicksOptions['precision']): string[] {
  return dates.map((date, i) => {
    const iso = date.toISOString();
    if (precision === 'year') return formatDateCN(iso.slice(0, 4));
    const previous = i > 0 ? dates[i - 1]!.toISOString() : undefined;
    const newYear = !previous || previous.slice(0, 4) !== iso.slice(0, 4);
    if (precision === 'month') return newYear ? formatDateCN(iso.slice(0, 7)) : `${Number(iso.slice(5, 7))}月`;
    const newMonth = !previous || previous.slice(0, 7) !== iso.slice(0, 7);
    return newMonth ? formatDateCN(iso.slice(0, 10), { withYear: false }) : `${Number(iso.slice(8, 10))}日`;
  });
}

/**
 * The most ticks (up to `maxTicks`) whose labels, centred on their dates and
 * measured with the builders' `textWidth`, keep clear of each other and of
 * the ends of the drawing; fewer ticks at narrow widths or long labels.
 */
export function timeTicks(options: TimeTicksOptions): { ticks: Date[]; labels: string[] } {
  const { domain, range, precision, fontSize, maxTicks = 6, gapEm = 0.75, bounds } = options;
  const scale = scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
  const gap = gapEm * fontSize;
  let best: { ticks: Date[]; labels: string[] } = { ticks: [], labels: [] };
  for (let count = maxTicks; count >= 1; count--) {
    const candidates = precision === 'year' ? scale.ticks(count).filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1) : precision === 'month' ? scale.ticks(count).filter((d) => d.getUTCDate() === 1) : scale.ticks(count);
    // Labels are written short after the first, so measure the first at its long form wherever it falls.
    const ticks = candidates.filter((t) => {
      const half = textWidth(timeTickLabels([t], precision)[0]!, fontSize) / 2;
      return scale(t) - half >= bounds[0] && scale(t) + half <= bounds[1];
    });
    if (ticks.length === 0) continue;
    const labels = timeTickLabels(ticks, precision);
    const boxes = ticks.map((t, i) => {
      const x = scale(t);
      const w = textWidth(labels[i]!, fontSize);
      return { x0: x - w / 2, x1: x + w / 2 };
    });
    const fits = boxes.every((b, i) => i === 0 || b.x0 - boxes[i - 1]!.x1 >= gap);
    if (fits) return { ticks, labels };
    if (best.ticks.length === 0 || ticks.length < best.ticks.length) best = { ticks, labels };
  }
  // Even one tick a label is too many: keep the first only.
  return { ticks: best.ticks.slice(0, 1), labels: best.labels.slice(0, 1) };
}
