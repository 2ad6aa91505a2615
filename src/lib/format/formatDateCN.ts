/**
 * Writes an ISO date at the precision it carries: 2013 → 2013年,
 * 2022-05 → 2022年5月, 2022-08-14 → 2022年8月14日 (or 8月14日 without the year).
 */
export function formatDateCN(iso: string, options: { withYear?: boolean } = {}): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new RangeError(`formatDateCN: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${iso}"`);
  const [, year, month, day] = match;
  const withYear = options.withYear ?? true;
  if (!month) return `${year}年`;
  const m = `${Number(month)}月`;
  const d = day ? `${Number(day)}日` : '';
  return (withYear || !day ? `${year}年` : '') + m + d;
}
