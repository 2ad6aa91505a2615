import { describe, expect, it } from 'vitest';
import { resolveEntries, FormulaError } from '../../../src/lib/formula/resolveEntries.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

const source = { document: 'douyin-818-2022', quote: 'x' };
const stated = (id: string, value: number, unit: 'percentChange' | 'yuan' | 'multiple' = 'percentChange') =>
  ({ id, label: id, period: { label: 'p' }, unit, kind: 'stated', value, bound: 'exact', source }) as const;

describe('resolveEntries', () => {
  it('computes derived entries from the entries they name', () => {
    const dataset = {
      entries: [
        stated('vs-june', 61.23),
        stated('vs-july', 40.15),
        { id: 'july', label: 'July', period: { label: 'p' }, unit: 'index', kind: 'derived', formula: { op: 'indexBetweenBaselines', overEarlier: 'vs-june', overNearer: 'vs-july' } },
        stated('week', 180_000_000, 'yuan'),
        stated('times', 2.5, 'multiple'),
        { id: 'last-year', label: 'l', period: { label: 'p' }, unit: 'yuan', kind: 'derived', formula: { op: 'divideByMultiple', value: 'week', multiple: 'times' } },
      ],
    } as unknown as Pick<Dataset, 'entries'>;
    const byId = Object.fromEntries(resolveEntries(dataset).map((e) => [e.id, e.value]));
    expect(byId.july).toBeCloseTo(115.04, 2);
    expect(byId['last-year']).toBe(72_000_000);
  });

  it('names the entry and field of a formula that points nowhere', () => {
    const dataset = {
      entries: [{ id: 'idx', label: 'i', period: { label: 'p' }, unit: 'index', kind: 'derived', formula: { op: 'indexFromGrowth', growth: 'missing' } }],
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
