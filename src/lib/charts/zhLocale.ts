import { formatLocale, type FormatLocaleObject } from 'd3';
import { formatNumberCN } from '../format/formatNumberCN.ts';

/**
 * d3-format's zh-CN locale (d3-format/locale/zh-CN.json), with a plain
 * hyphen-minus so that ticks and the CSV agree on how negatives look.
 */
export const zhCN: FormatLocaleObject = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['¥', ''],
  minus: '-',
});

/** Ticks of a percent axis: 0%, 10%, 20%. Values are in percent already. */
export const percentTick = (value: number): string => `${zhCN.format('~r')(Number(value.toPrecision(12)))}%`;

/** Ticks of an index or score axis: 100, 150, 4.5. */
export const plainTick = (value: number): string => zhCN.format('~r')(Number(value.toPrecision(12)));

/** Ticks of a money or count axis in Chinese units: 10万, 1000万, 1亿. */
export const amountTick = (value: number): string => formatNumberCN(value);
