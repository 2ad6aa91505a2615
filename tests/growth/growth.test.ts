import { describe, expect, it } from 'vitest';
import { growthBetween, indexBetweenBaselines, indexFromGrowth } from '../../src/lib/formula/growth.ts';
import { resolveEntries, FormulaError } from '../../src/lib/formula/resolveEntries.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';

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

const source = { document: 'douyin-818-2022', quote: 'x' };
const stated = (id: string, value: number, unit: 'percentChange' | 'yuan' | 'multiple' = 'percentChange') =>
  ({ id, label: id, period: { label: 'p' }, unit, kind: 'stated', value, bound: 'exact', source }) as const;

describe('resolveEntries', () => {
  it('computes derived entries from the entries they name', () => {
    const dataset = {
      entries: [
        stated('vs-june', 61.23),
        stated('vs-july', 40.15),
        { id: 'july', label: 'July', period: { label: 'p' }, unit: 'index', kind: 'derived', formula: { op: 'indexBetweenBaselines', overEarlier: 'vs-june', overNearer: 'vs-july' }, formulaText: 'f' },
        stated('week', 180_000_000, 'yuan'),
        stated('times', 2.5, 'multiple'),
        { id: 'last-year', label: 'l', period: { label: 'p' }, unit: 'yuan', kind: 'derived', formula: { op: 'divideByMultiple', value: 'week', multiple: 'times' }, formulaText: 'f' },
      ],
    } as unknown as Pick<Dataset, 'entries'>;
    const byId = Object.fromEntries(resolveEntries(dataset).map((e) => [e.id, e.value]));
    expect(byId.july).toBeCloseTo(115.04, 2);
    expect(byId['last-year']).toBe(72_000_000);
  });

  it('names the entry and field of a formula that points nowhere', () => {
    const dataset = {
      entries: [{ id: 'idx', label: 'i', period: { label: 'p' }, unit: 'index', kind: 'derived', formula: { op: 'indexFromGrowth', growth: 'missing' }, formulaText: 'f' }],
    } as unknown as Pick<Dataset, 'entries'>;
    try {
      resolveEntries(dataset);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormulaError);
      expect((error as FormulaError).entryId).toBe('idx');
      expect((error as FormulaError).field).toBe('formula.growth');
    }
  });
});
