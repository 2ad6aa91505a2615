import { describe, expect, it } from 'vitest';
import { daysInclusive } from '../../../src/lib/format/daysInclusive.ts';

describe('daysInclusive', () => {
  it('counts both ends of a window', () => {
    expect(daysInclusive('2022-07-25', '2022-08-23')).toBe(30);
    expect(daysInclusive('2022-08-06', '2022-08-18')).toBe(13);
  });
});
