import { describe, expect, it } from 'vitest';
import { sourceOrder, type OrderableSource } from '../../../src/lib/lists/sourceOrder.ts';

const s = (id: string, date?: string): OrderableSource => ({ id, data: { date } });

describe('sourceOrder', () => {
  it('puts the newest first, dates of any precision compared as text, undated last, ties by id', () => {
    const list = [s('undated-b'), s('year', '2022'), s('day', '2022-08-14'), s('undated-a'), s('month', '2022-08'), s('newer', '2023-01-01'), s('same-day', '2022-08-14')];
    expect(list.sort(sourceOrder).map((x) => x.id)).toEqual(['newer', 'day', 'same-day', 'month', 'year', 'undated-a', 'undated-b']);
  });
});
