import { describe, expect, it } from 'vitest';
import { paginateList, pagerNumbers } from '../../../src/lib/lists/paginate.ts';
import { editorialOrder, latestFirst, type OrderableCase } from '../../../src/lib/lists/caseOrder.ts';

describe('paginateList', () => {
  it('cuts a list into full pages and a shorter last one, numbered from 1', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.last, p.total])).toEqual([[1, 3, 5], [2, 3, 5], [3, 3, 5]]);
  });

  it('keeps page 1 for an empty list and one page for an exact fit', () => {
    expect(paginateList([], 20)).toEqual([{ number: 1, last: 1, total: 0, items: [] }]);
    expect(paginateList([1, 2], 2)).toHaveLength(1);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginateList([1], 0)).toThrow(RangeError);
    expect(() => paginateList([1], 1.5)).toThrow(RangeError);
  });
});

describe('pagerNumbers', () => {
  it('shows the first, the last and the pages around the current one, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 50)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 50]);
    expect(pagerNumbers(50, 50)).toEqual([1, undefined, 48, 49, 50]);
  });
});

const c = (id: string, order: number, start?: string, end?: string): OrderableCase => ({ id, data: { order, period: { start, end } } });

describe('case order', () => {
  it('editorial order: by order, then slug', () => {
    expect([c('b', 2), c('c', 1), c('a', 2)].sort(editorialOrder).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('latest first: by publication date, else the end or start of the period, undated last, ties in editorial order', () => {
    const published = { id: 'published', data: { order: 9, date: '2024-01-02', period: { start: '2020-01' } } };
    expect([c('day', 3, '2023-02-01'), published].sort(latestFirst).map((x) => x.id)).toEqual(['published', 'day']);
    const list = [c('old', 1, '2022-07'), c('undated', 0), c('window', 5, '2023-01-01', '2023-02-01'), c('day', 3, '2023-02-01'), c('month', 2, '2023-01')];
    expect(list.sort(latestFirst).map((x) => x.id)).toEqual(['day', 'window', 'month', 'old', 'undated']);
  });
});
