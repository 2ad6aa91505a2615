/** One page of a list: its 1-based number, the number of the last page, and its items. */
export interface ListPage<T> {
  number: number;
  last: number;
  /** Items on every page together. */
  total: number;
  items: T[];
}

/**
 * A list cut into pages of `size` items (the last one may be shorter). An
 * empty list still has page 1, with nothing on it, so the list's own address
 * always exists.
 */
export function paginateList<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({ number: i + 1, last, total: items.length, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * The page numbers a pager shows: the first, the last, and a window around
 * the current page; `undefined` stands for a gap (“…”).
 */
export function pagerNumbers(current: number, last: number, around = 2): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== undefined) out.push(undefined);
  }
  return out;
}
