import { describe, expect, it } from 'vitest';
import { growthBetween, indexBetweenBaselines, indexFromGrowth } from '../../../src/lib/formula/growth.ts';

describe('growth maths', () => {
  it('turns a growth rate into an index (earlier = 100)', () => {
    expect(indexFromGrowth(126)).toBeCloseTo(226, 10);
    expect(indexFromGrowth(0)).toBe(100);
    expect(indexFromGrowth(-50)).toBe(50);
  });

  it('computes growth between two values', () => {
    expect(growthBetween(100, 226)).toBeCloseTo(126, 10);
    expect(growthBetween(0.72, 1.8)).toBeCloseTo(150, 10);
    expect(() => growthBetween(0, 5)).toThrow(/earlier value is 0/);
  });

  it("derives 乐栩's July index from +61.23% vs June and +40.15% vs July", () => {
    const july = indexBetweenBaselines(61.23, 40.15);
    expect(july).toBeCloseTo(115.04, 2);
    // Round trip: from July's index to the window's, the growth is the stated +40.15%.
    expect(growthBetween(july, indexFromGrowth(61.23))).toBeCloseTo(40.15, 10);
  });

  it('rejects non-finite input', () => {
    expect(() => indexFromGrowth(NaN)).toThrow(RangeError);
    expect(() => indexBetweenBaselines(10, -100)).toThrow(RangeError);
  });
});
