import { describe, expect, it } from 'vitest';
import { checkRelations } from '../../../src/lib/check/checkRelations.ts';
import type { ResolvedEntry } from '../../../src/lib/formula/resolveEntries.ts';

const entry = (id: string, value: number) => ({ id, value }) as unknown as ResolvedEntry;

describe('checkRelations', () => {
  it('passes a stated growth that matches stated absolutes and fails one that does not', () => {
    const entries = [entry('a', 100), entry('b', 226), entry('g', 126), entry('bad', 120)];
    expect(checkRelations({ checks: [{ kind: 'growth', earlier: 'a', later: 'b', growth: 'g', tolerance: 0.5 }] }, entries, [])).toEqual([]);
    const problems = checkRelations({ checks: [{ kind: 'growth', earlier: 'a', later: 'b', growth: 'bad', tolerance: 0.5 }] }, entries, []);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('checks[0]');
    expect(problems[0]!.gloss).toMatch(/120% does not match/);
  });

  it('checks multiples, orderings and windows', () => {
    const entries = [entry('last', 0.72), entry('now', 1.8), entry('x', 2.5), entry('days', 30), entry('days-wrong', 31)];
    const window = { id: 'w', label: 'w', date: '2022-07-25', end: '2022-08-23', dateLabel: 'w', source: { document: 'd', quote: 'q' } };
    expect(checkRelations({ checks: [{ kind: 'multiple', earlier: 'last', later: 'now', multiple: 'x', tolerance: 0.05 }] }, entries, [])).toEqual([]);
    expect(checkRelations({ checks: [{ kind: 'lessThan', lower: 'now', upper: 'last' }] }, entries, [])).toHaveLength(1);
    expect(checkRelations({ checks: [{ kind: 'daysInWindow', days: 'days', window: 'w' }] }, entries, [window])).toEqual([]);
    expect(checkRelations({ checks: [{ kind: 'daysInWindow', days: 'days-wrong', window: 'w' }] }, entries, [window])[0]!.gloss).toMatch(/the window is 30 days/);
  });

  it('reports a check naming an entry that does not exist', () => {
    const problems = checkRelations({ checks: [{ kind: 'lessThan', lower: 'nope', upper: 'a' }] }, [entry('a', 1)], []);
    expect(problems[0]).toEqual({ field: 'checks[0].lower', message: '条目 "nope" 在这个数据集里没有', gloss: 'names entry "nope", which this dataset does not have' });
  });
});
