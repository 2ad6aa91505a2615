import { describe, expect, it } from 'vitest';
import { formatNumberCN } from '../../../src/lib/format/formatNumberCN.ts';

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
