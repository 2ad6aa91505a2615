import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../src/lib/format/formatFigure.ts';

describe('formatFigure', () => {
  it('writes each unit the Chinese way', () => {
    expect(formatFigure({ value: 14_500_000, unit: 'yuan', bound: 'atLeast' })).toBe('超1450万元');
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

  it('writes the units of counted things and a value just under its number', () => {
    expect(formatFigure({ value: 120_000, unit: 'pieces' })).toBe('12万件');
    expect(formatFigure({ value: 3000, unit: 'orders', bound: 'atLeast' })).toBe('超3000单');
    expect(formatFigure({ value: 40, unit: 'rooms', bound: 'atMost' })).toBe('近40间');
    expect(formatFigure({ value: 8, unit: 'count' })).toBe('8个');
    expect(formatFigure({ value: 2_000_000, unit: 'visits', bound: 'about' })).toBe('约200万人次');
  });
});
