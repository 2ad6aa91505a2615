import { describe, expect, it } from 'vitest';
import { formatNumberCN } from '../../src/lib/format/formatNumberCN.ts';
import { formatFigure } from '../../src/lib/format/formatFigure.ts';
import { formatDateCN } from '../../src/lib/format/formatDateCN.ts';
import { daysInclusive } from '../../src/lib/format/daysInclusive.ts';

describe('formatNumberCN', () => {
  it.each([
    [0, '0'],
    [9999, '9999'],
    [10000, '1万'],
    [15000, '1.5万'],
    [250000, '25万'],
    [14_500_000, '1450万'],
    [99_999_999, '1亿'],
    [180_000_000, '1.8亿'],
    [250_000_000, '2.5亿'],
    [83_200_000_000, '832亿'],
    [5_400_000_000_000, '5.4万亿'],
    [-15000, '-1.5万'],
    [4.58, '4.58'],
    [115.0446, '115.04'],
    [9999.999, '1万'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumberCN(value)).toBe(expected);
  });

  it('rounds to the requested digits', () => {
    expect(formatNumberCN(72_000_000, { maximumFractionDigits: 0 })).toBe('7200万');
    expect(formatNumberCN(123_456, { maximumFractionDigits: 1 })).toBe('12.3万');
  });

  it.each([NaN, Infinity, -Infinity])('rejects %d', (value) => {
    expect(() => formatNumberCN(value)).toThrow(RangeError);
  });
});

describe('formatFigure', () => {
  it('writes each unit the Chinese way', () => {
    expect(formatFigure({ value: 14_500_000, unit: 'yuan', bound: 'atLeast' })).toBe('超1450万元');
    expect(formatFigure({ value: 14_500_000, unit: 'yuan', bound: 'atLeast' }, { style: 'compact' })).toBe('1450万+元');
    expect(formatFigure({ value: 5.4e12, unit: 'yuan', bound: 'about' })).toBe('约5.4万亿元');
    expect(formatFigure({ value: 126, unit: 'percentChange' })).toBe('+126%');
    expect(formatFigure({ value: -3.5, unit: 'percentChange' })).toBe('-3.5%');
    expect(formatFigure({ value: 7, unit: 'percent' })).toBe('7%');
    expect(formatFigure({ value: 2.5, unit: 'multiple' })).toBe('2.5倍');
    expect(formatFigure({ value: 31_800_000, unit: 'hours' })).toBe('3180万小时');
    expect(formatFigure({ value: 83_200_000_000, unit: 'plays' })).toBe('832亿次');
    expect(formatFigure({ value: 2, valueMax: 3, unit: 'products' })).toBe('2~3款');
    expect(formatFigure({ value: 10, unit: 'rank' })).toBe('前10');
    expect(formatFigure({ value: 13, unit: 'points' })).toBe('13个百分点');
  });
});

describe('formatDateCN', () => {
  it('keeps the precision the source gives', () => {
    expect(formatDateCN('2013')).toBe('2013年');
    expect(formatDateCN('2022-05')).toBe('2022年5月');
    expect(formatDateCN('2022-08-14')).toBe('2022年8月14日');
    expect(formatDateCN('2022-08-14', { withYear: false })).toBe('8月14日');
    expect(() => formatDateCN('2022/08/14')).toThrow(RangeError);
  });

  it('counts both ends of a window', () => {
    expect(daysInclusive('2022-07-25', '2022-08-23')).toBe(30);
    expect(daysInclusive('2022-08-06', '2022-08-18')).toBe(13);
  });
});
