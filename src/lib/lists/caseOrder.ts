/** What ordering and grouping cases needs of each case. */
export interface OrderableCase {
  id: string;
  data: {
    order: number;
    /** When the case was published on the site. */
    date?: string | undefined;
    period?: { start?: string | undefined; end?: string | undefined } | undefined;
  };
}

/** Editorial order: `order` (lower first), then slug. The order of `/cases/` and of “the strongest cases” of a practice. */
export function editorialOrder(a: OrderableCase, b: OrderableCase): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/** When a case counts as new: the day it was published here, else the end (or start) of its period. */
const latestKey = (c: OrderableCase) => c.data.date ?? c.data.period?.end ?? c.data.period?.start ?? '';

/**
 * Latest first: by publication date (else the end or start of the case's
 * period), newest first; cases without a date after dated ones; ties in
 * editorial order. ISO dates of different precision compare as text
 * (2022-08 < 2022-08-14).
 */
export function latestFirst(a: OrderableCase, b: OrderableCase): number {
  const da = latestKey(a);
  const db = latestKey(b);
  if (da !== db) return da < db ? 1 : -1;
  return editorialOrder(a, b);
}
