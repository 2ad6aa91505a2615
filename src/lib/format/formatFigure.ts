import type { Bound, Unit } from '../../schemas/dataset.ts';
import { formatNumberCN } from './formatNumberCN.ts';

/** How each unit is written after its number, and its name in table headers. */
export const unitLabels: Record<Unit, { suffix: string; name: string }> = {
  yuan: { suffix: '元', name: '元' },
  percentChange: { suffix: '%', name: '增长率（%）' },
  percent: { suffix: '%', name: '占比（%）' },
  multiple: { suffix: '倍', name: '倍' },
  hours: { suffix: '小时', name: '小时' },
  plays: { suffix: '次', name: '次' },
  merchants: { suffix: '家', name: '家' },
  accounts: { suffix: '个', name: '个' },
  people: { suffix: '人', name: '人' },
  products: { suffix: '款', name: '款' },
  score: { suffix: '分', name: '分' },
  index: { suffix: '', name: '指数' },
  points: { suffix: '个百分点', name: '百分点' },
  rank: { suffix: '', name: '名次' },
  days: { suffix: '天', name: '天' },
  year: { suffix: '年', name: '年' },
  pieces: { suffix: '件', name: '件' },
  orders: { suffix: '单', name: '单' },
  rooms: { suffix: '间', name: '间' },
  count: { suffix: '个', name: '个' },
  visits: { suffix: '人次', name: '人次' },
};

/** How each bound is named in tables and downloads (a derived figure has none). */
export const boundNames: Record<Bound, string> = {
  exact: '精确',
  about: '约数',
  atLeast: '下限（至少）',
  atMost: '上限（不到）',
};

/** What `formatFigure` needs of an entry: a resolved dataset entry fits as it is (a derived one has no bound). */
export interface FigureInput {
  value: number;
  unit: Unit;
  bound?: Bound;
  valueMax?: number | undefined;
}

export interface FormatFigureOptions {
  /** Most digits after the decimal point (default 2). */
  maximumFractionDigits?: number;
}

/** The number alone, scaled where the unit allows: “1450万”, “+126%”, “2.5”. */
export function formatValue(value: number, unit: Unit, maximumFractionDigits = 2): string {
  if (unit === 'percentChange') {
    const body = formatNumberCN(Math.abs(value), { maximumFractionDigits });
    return value > 0 ? `+${body}` : value < 0 ? `-${body}` : body;
  }
  if (unit === 'year') return String(value);
  return formatNumberCN(value, { maximumFractionDigits });
}

/**
 * A figure with its unit and bound, in Chinese: 1450万元, +126%, 2.5倍,
 * 3180万小时, 超700家, 约5.4万亿元, 近40件, 前10, 2~3款. The one way the site writes a
 * figure: prose, tiles, charts, tables, cards, previews and the CSV all call
 * it, so a lower bound reads 超1450万元 everywhere, never 1450万+元.
 */
export function formatFigure(figure: FigureInput, options: FormatFigureOptions = {}): string {
  const { prefix, number, suffix } = figureParts(figure, options);
  return `${prefix}${number}${suffix}`;
}

/**
 * A figure split into what stands before the number (超, 约, 前), the number
 * itself and its unit, so that a tile can set the number large and the rest
 * small; `formatFigure` joins the three.
 */
export function figureParts(figure: FigureInput, options: FormatFigureOptions = {}): { prefix: string; number: string; suffix: string } {
  const { value, unit, valueMax } = figure;
  const bound = figure.bound ?? 'exact';
  const digits = options.maximumFractionDigits;
  const suffix = unitLabels[unit].suffix;
  let number = formatValue(value, unit, digits);
  if (valueMax !== undefined) number = `${number}~${formatValue(valueMax, unit, digits)}`;
  if (unit === 'rank') return { prefix: '前', number, suffix: '' };
  if (unit === 'index') return { prefix: '', number, suffix: '' };
  if (bound === 'atLeast') return { prefix: '超', number, suffix };
  if (bound === 'atMost') return { prefix: '近', number, suffix };
  if (bound === 'about') return { prefix: '约', number, suffix };
  return { prefix: '', number, suffix };
}
